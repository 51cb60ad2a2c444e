"""The file name a new dossier is offered, from the organisation's name."""

from __future__ import annotations

import pytest

from assistant.ui.dialogs.new_dossier_dialog import file_name_for


@pytest.mark.parametrize("name,expected", [
    ("Au Pain Doré", "Au-Pain-Dore.rgpd"),
    ("Kwiaciarnia Łódź", "Kwiaciarnia-Lodz.rgpd"),  # ł has no accent to drop: mapped
    ("Café Ø Straße", "Cafe-O-Strasse.rgpd"),
    ("Ζαχαροπλαστείο Ζωή", "Ζαχαροπλαστείο-Ζωή.rgpd"),  # Greek stays Greek, not "dossier"
    ("Магазин «Цветы» й", "Магазин-Цветы-й.rgpd"),  # й keeps its breve
    ("Nguyễn Phở", "Nguyen-Pho.rgpd"),
    ("a/b:c*d?\"e<f>g|h", "a-b-c-d-e-f-g-h.rgpd"),  # nothing a system refuses
    ("***", "dossier.rgpd"),
    ("con", "con-dossier.rgpd"),  # a device name on Windows
])
def test_file_names_keep_the_shop_s_letters(name: str, expected: str) -> None:
    assert file_name_for(name) == expected
