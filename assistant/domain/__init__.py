"""Plain data and rules of the dossier. No Qt, no SQL, no I/O: see docs in DESIGN.md."""
