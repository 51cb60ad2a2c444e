"""The demo bakery's consent records: a few hundred invented customers (French names, and
Polish, Greek, Vietnamese and Norwegian ones), mostly two years of consents and withdrawals
(a few older ones, due for renewal) across
the till, the web shop, paper forms, email and phone, the wordings shown, and one person
erased at their request. Random but reproducible (fixed seed); all emails are ``.example``."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

from assistant.content.catalog import Lang
from assistant.domain.clock import format_utc, utc_now
from assistant.domain.consent import (
    Channel,
    EventKind,
    Identity,
    NoticeVersion,
    Purpose,
    Subject,
)
from assistant.store.dossier import Dossier

PEOPLE = 320
SEED = 20240301

_FIRST = ["Camille", "Léa", "Chloé", "Manon", "Inès", "Jade", "Louise", "Zoé", "Hugo", "Lucas",
          "Louis", "Gabriel", "Arthur", "Jules", "Théo", "Raphaël", "Élodie", "Françoise",
          "Hélène", "Josiane", "Gérard", "Noël", "Maëlle", "Anaïs", "Benoît", "Cécile",
          "Jérôme", "Agnès", "Loïc", "Mathéo"]
_LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
         "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David",
         "Bertrand", "Roux", "Vincent", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert",
         "Fontaine", "Rousseau", "Chevalier", "Faure", "Gauthier", "Perrin", "Mercier",
         "Blanc", "Guérin", "Boyer", "Garnier", "Chauvin", "Lemaître", "Bœuf"]
_OTHERS = [
    ("Łukasz", "Kowalski"), ("Małgorzata", "Wiśniewska"), ("Paweł", "Wójcik"),
    ("Agnieszka", "Zielińska"), ("Grzegorz", "Łukaszewicz"), ("Νίκος", "Παπαδόπουλος"),
    ("Ελένη", "Γεωργίου"), ("Dimitrios", "Konstantinidis"), ("Văn An", "Nguyễn"),
    ("Thị Bích", "Trần"), ("Minh Đức", "Phạm"), ("Thu Hương", "Lê"), ("Martin", "Ødegaard"),
    ("Ingrid", "Bjørnstad"),
]
_TEXT: dict[str, dict[str, str]] = {
    "fr": {
        "newsletter_v1": "J'accepte de recevoir la lettre d'information d'Au Pain Doré "
        "(nouveautés, offres) par courriel. Je peux me désinscrire à tout moment par le lien "
        "présent dans chaque lettre ou en magasin.",
        "newsletter_v2": "Oui, je souhaite recevoir par courriel la lettre mensuelle d'Au "
        "Pain Doré (nouveaux pains, ateliers, offres). Mon adresse n'est jamais transmise à "
        "des tiers. Je peux me désinscrire à tout moment, en un clic ou en magasin.",
        "sms_v1": "J'accepte de recevoir par SMS les offres d'Au Pain Doré (au plus deux par "
        "mois). Répondez STOP pour ne plus en recevoir.",
        "loyalty_v1": "J'adhère à la carte de fidélité Au Pain Doré : mes achats sont "
        "enregistrés pour cumuler des points, et je reçois un bon pour mon anniversaire. Je "
        "peux quitter le programme à tout moment.",
        "partners_v1": "J'accepte qu'Au Pain Doré transmette mon adresse électronique à la "
        "Fromagerie des Terreaux pour ses propres offres.",
        "paper": "Bulletin papier n° {n:04d}",
        "web": "Formulaire du site, inscription n° {n}",
        "email": "Réponse au courriel du {d}",
        "phone": "Appel du client, noté par {who}",
        "erase": "Demande d'effacement reçue en magasin",
        "refused": "Proposé en caisse, a dit non",
        "shop_export": "Export clients de la boutique en ligne (« accepte les e-mails » : oui)",
    },
    "en": {
        "newsletter_v1": "I agree to receive Au Pain Doré's newsletter (news, offers) by "
        "email. I can unsubscribe at any time with the link in each letter or in the shop.",
        "newsletter_v2": "Yes, I want to receive Au Pain Doré's monthly letter by email (new "
        "breads, workshops, offers). My address is never passed on. I can unsubscribe at any "
        "time, in one click or in the shop.",
        "sms_v1": "I agree to receive Au Pain Doré's offers by text message (two a month at "
        "most). Reply STOP to receive no more.",
        "loyalty_v1": "I join the Au Pain Doré loyalty card: my purchases are recorded to "
        "earn points, and I receive a voucher on my birthday. I can leave at any time.",
        "partners_v1": "I agree that Au Pain Doré passes my email address to the Fromagerie "
        "des Terreaux for its own offers.",
        "paper": "Paper form no. {n:04d}",
        "web": "Website form, sign-up no. {n}",
        "email": "Reply to the email of {d}",
        "phone": "Customer's call, noted by {who}",
        "erase": "Erasure request received in the shop",
        "refused": "Offered at the till, said no",
        "shop_export": "Web shop customer export (\"accepts email marketing\": yes)",
    },
}

# who records at the till (the first is the owner)
_STAFF: dict[str, list[str]] = {
    "fr": ["Camille Martin", "Julien (vendeur)", "Sofia (vendeuse)"],
    "en": ["Camille Martin", "Julien (sales)", "Sofia (sales)"],
}

# a planned event: when, subject id, purpose code, kind, channel, the person's number
_Planned = tuple[datetime, int, str, EventKind, Channel, int]


def _ascii(text: str) -> str:
    from assistant.domain.text import fold

    return "".join(c for c in fold(text) if c.isalnum())


def fill_demo_consents(dossier: Dossier, lang: Lang) -> None:
    """Add the demo's consent records (inside or outside a transaction)."""
    t, staff = _TEXT[lang], _STAFF[lang]
    rng = random.Random(SEED)
    consents = dossier.consents
    now = utc_now()
    start = now - timedelta(days=730)
    with dossier.transaction():
        purposes = _linked_purposes(dossier)
        notices = _add_notices(dossier, purposes, t, lang, start, now)
        people = _add_people(dossier, rng)
        plan = _plan_events(people, rng, start, now)
        _record_planned(dossier, plan, purposes, notices, t, staff, rng, now)
        _record_other_kinds(dossier, people, plan, purposes, t, staff, now)
        fill_demo_till(dossier, people, now, t, staff)
    erased = people[17]
    consents.erase_subject(_id(erased), reason=t["erase"], recorded_by=staff[0])


def _id(row: Subject | Purpose | NoticeVersion) -> int:
    """The row id of something the demo has just saved."""
    assert row.id is not None
    return row.id


def _linked_purposes(dossier: Dossier) -> dict[str, Purpose]:
    """The purposes by code, each linked to the register's processing it serves."""
    consents = dossier.consents
    by_template = {p.template_id: p.id for p in dossier.register.list()}
    links = {"newsletter": "newsletter", "loyalty": "loyalty_programme",
             "sms": "commercial_prospecting", "partners": "commercial_prospecting",
             "phone": "commercial_prospecting"}
    purposes = {p.code: p for p in consents.purposes()}
    for code, template in links.items():
        processing_id = by_template.get(template)
        if code in purposes and processing_id:
            purposes[code] = consents.save_purpose(
                replace(purposes[code], processing_id=processing_id), undoable=False)
    return purposes


def _add_notices(dossier: Dossier, purposes: dict[str, Purpose], t: dict[str, str],
                 lang: Lang, start: datetime,
                 now: datetime) -> dict[str, list[NoticeVersion]]:
    """The wordings shown over the years, by purpose code, oldest first."""
    from assistant.store.consent_wordings import add_drafted_wordings, purposes_without_wording

    notices: dict[str, list[NoticeVersion]] = {}
    day0 = (now - timedelta(days=1400)).date()
    for key, code, version, day in (
            ("newsletter_v1", "newsletter", "v1", day0),
            ("newsletter_v2", "newsletter", "v2", start.date() + timedelta(days=400)),
            ("sms_v1", "sms", "v1", day0), ("loyalty_v1", "loyalty", "v1", day0),
            ("partners_v1", "partners", "v1", start.date() + timedelta(days=200))):
        notices.setdefault(code, []).append(dossier.consents.add_notice(
            _id(purposes[code]), version, t[key], day.isoformat(), language=lang))
    # purposes the demo's history does not cover (phone canvassing): the app's own
    # wording, drafted from the dossier, in effect from today
    add_drafted_wordings(dossier, purposes_without_wording(dossier), languages=(lang,))
    return notices


def _add_people(dossier: Dossier, rng: random.Random) -> list[Subject]:
    people = []
    used: set[str] = set()
    for n in range(PEOPLE):
        first, last = (_OTHERS[(n // 12) % len(_OTHERS)] if n % 12 == 5
                       else (rng.choice(_FIRST), rng.choice(_LAST)))
        local = f"{_ascii(first)}.{_ascii(last)}"
        if not local.isascii():  # Greek names: an address in Latin letters
            local = f"client{1000 + n}"
        email = f"{local}@courriel.example" if local not in used \
            else f"{local}{n}@courriel.example"
        used.add(local)
        phone = f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} " \
                f"{rng.randint(10, 99)}" if rng.random() < 0.6 else ""
        identity = Identity(email if rng.random() < 0.92 else "", f"C-{1000 + n}", first,
                            last, phone)
        people.append(dossier.consents.add_subject(identity))
    return people


def _plan_events(people: list[Subject], rng: random.Random, start: datetime,
                 now: datetime) -> list[_Planned]:
    """Each person's consents and the odd withdrawal, in the order they happened."""
    plan: list[_Planned] = []
    for n, person in enumerate(people):
        when = start + timedelta(minutes=rng.randint(0, 730 * 24 * 60 - 60 * 24 * 30))
        if n % 25 == 3:  # older customers: consent due for renewal, data past retention
            when = now - timedelta(days=rng.randint(1150, 1350))
        channel = rng.choices([Channel.IN_STORE, Channel.WEB, Channel.PAPER, Channel.EMAIL,
                               Channel.PHONE], weights=[45, 30, 15, 6, 4])[0]
        codes = ["loyalty"] if rng.random() < 0.7 else []
        if person.identity.email and rng.random() < 0.8:
            codes.append("newsletter")
        if person.identity.phone and rng.random() < 0.4:
            codes.append("sms")
        if person.identity.email and rng.random() < 0.12:
            codes.append("partners")
        for code in codes or ["newsletter" if person.identity.email else "loyalty"]:
            plan.append((when, _id(person), code, EventKind.GRANTED, channel, n))
            if rng.random() < 0.15:
                later = when + timedelta(days=rng.randint(10, 300))
                if later < now - timedelta(days=1):
                    plan.append((later, _id(person), code, EventKind.WITHDRAWN,
                                 rng.choice([Channel.EMAIL, Channel.IN_STORE, Channel.WEB]),
                                 n))
    plan.sort(key=lambda item: (item[0], item[1]))
    return plan


def _record_planned(dossier: Dossier, plan: list[_Planned], purposes: dict[str, Purpose],
                    notices: dict[str, list[NoticeVersion]], t: dict[str, str],
                    staff: list[str], rng: random.Random, now: datetime) -> None:
    for when, subject_id, code, kind, channel, n in plan:
        day = when.date().isoformat()
        notice = None
        for candidate in notices.get(code, []):
            if candidate.effective_from <= day:
                notice = candidate
        who = rng.choice(staff)
        evidence = {
            Channel.PAPER: t["paper"].format(n=n + 1),
            Channel.WEB: t["web"].format(n=4000 + n),
            Channel.EMAIL: t["email"].format(d=day),
            Channel.PHONE: t["phone"].format(who=who),
        }.get(channel, "")
        recorded = when + timedelta(minutes=rng.randint(1, 600) if channel in (
            Channel.PAPER, Channel.EMAIL) else 0, seconds=rng.randint(1, 50))
        dossier.consents.record(
            subject_id, _id(purposes[code]), kind, occurred_at=format_utc(when),
            channel=channel.value,
            notice_id=_id(notice) if notice and kind is EventKind.GRANTED else None,
            evidence=evidence, recorded_by=who,
            recorded_at=format_utc(min(recorded, now)))


def _record_other_kinds(dossier: Dossier, people: list[Subject], plan: list[_Planned],
                        purposes: dict[str, Purpose], t: dict[str, str], staff: list[str],
                        now: datetime) -> None:
    """Choices of other kinds, from their own random stream (the events above stay the
    same): people asked at the till for SMS offers who said no, and consents taken from the
    web shop's customer export, which says yes or no but not since when."""
    consents = dossier.consents
    extra = random.Random(SEED + 1)
    sms_takers = {subject_id for _, subject_id, code, *_ in plan if code == "sms"}
    for n, person in enumerate(people):
        if person.identity.phone and person.id not in sms_takers and n % 7 == 2:
            when = now - timedelta(days=extra.randint(5, 400))
            consents.record(_id(person), _id(purposes["sms"]), EventKind.REFUSED,
                            occurred_at=format_utc(when), channel=Channel.IN_STORE.value,
                            evidence=t["refused"], recorded_by=extra.choice(staff),
                            recorded_at=format_utc(when + timedelta(seconds=20)))
    shop_day = now - timedelta(days=extra.randint(20, 40))
    for n, person in enumerate(people):
        if person.identity.email and n % 11 == 6:
            consents.record(_id(person), _id(purposes["newsletter"]),
                            EventKind.GRANTED, channel=Channel.WEB.value,
                            evidence=t["shop_export"], recorded_by=staff[0],
                            recorded_at=format_utc(shop_day + timedelta(seconds=n)),
                            date_unknown=True)


def fill_demo_till(dossier: Dossier, people: list[Subject], now: datetime, t: dict[str, str],
                   staff: list[str]) -> None:
    """At the till, last week: numbered paper forms printed (0001-0050) and three of them
    recorded, and two customers who answered on the customer's screen, one of them signing.
    Its own random stream: the ledger above stays the same."""
    from assistant.domain.consent_wording import CUSTOMER_SCREEN
    from assistant.store.consent_repo import Choice

    rng = random.Random(SEED + 2)
    consents = dossier.consents
    codes = ("newsletter", "sms", "loyalty")
    content = dossier.consent_forms.content(codes, dossier.language)
    dossier.consent_forms.record_batch(range(1, 51), content, printed_by=staff[0])
    notices = dict(zip(codes, content.notices, strict=True))
    pids = {code: int(p.id or 0) for code, p in zip(codes, content.purposes, strict=True)}
    candidates = [p for p in people[40:] if not p.erased and p.identity.email]
    for number in (1, 2, 3):
        person = candidates[number * 7]
        when = now - timedelta(days=8 - number, hours=rng.randint(1, 5))
        choices = [Choice(pids[c], EventKind.GRANTED if rng.random() < 0.7
                          else EventKind.REFUSED, notices[c].id) for c in codes[:2 + number % 2]]
        consents.record_choices(person.id, choices, occurred_at=format_utc(when),
                                channel=Channel.PAPER.value,
                                evidence=t["paper"].format(n=number),
                                recorded_by=rng.choice(staff), form_number=number,
                                recorded_at=format_utc(when + timedelta(minutes=30)))
    for n, person in enumerate(candidates[40:42]):
        when = now - timedelta(days=2 - n, hours=rng.randint(1, 5))
        consents.record_choices(
            person.id, [Choice(pids["newsletter"], EventKind.GRANTED,
                               notices["newsletter"].id),
                        Choice(pids["loyalty"], EventKind.GRANTED, notices["loyalty"].id)],
            occurred_at=format_utc(when), channel=Channel.IN_STORE.value,
            channel_detail=CUSTOMER_SCREEN, recorded_at=format_utc(when),
            signature_png=demo_signature(rng) if n == 0 else None)


def demo_signature(rng: random.Random, width: int = 300, height: int = 100) -> bytes:
    """A scribbled signature as a small grayscale PNG, made without Qt (the demo is built
    from the command line too)."""
    import struct
    import zlib

    pixels = bytearray(b"\xff" * (width * height))
    x, y = 20.0, height * 0.6
    for step in range(220):
        x += 1.1
        y += rng.uniform(-3.5, 3.5) + (height * 0.6 - y) * 0.08
        for dx in (0, 1):
            for dy in (0, 1):
                px, py = int(x) + dx, int(y) + dy
                if 0 <= px < width and 0 <= py < height:
                    pixels[py * width + px] = 20
        if step % 55 == 54:
            y -= 18
    rows = b"".join(b"\x00" + bytes(pixels[r * width:(r + 1) * width]) for r in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))
