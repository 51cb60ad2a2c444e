"""The parts :class:`~assistant.store.consent_repo.ConsentRepository` is made of, one room
of the consent ledger each: purposes and wordings (:mod:`.purposes`), people
(:mod:`.people`), current statuses (:mod:`.status`), paper forms and signatures
(:mod:`.forms`), what to review (:mod:`.review`); the values they return (:mod:`.records`)
and the base they share (:mod:`.part`). Import them from :mod:`assistant.store.consent_repo`.
"""
