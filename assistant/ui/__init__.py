"""The PySide6 user interface. Widgets call the store's repositories and the core's jobs;
they never run SQL and never do long work on the GUI thread."""
