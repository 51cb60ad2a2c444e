"""Names vulture takes for unused but that are used: Qt calls them (virtual overrides, slots
named by Qt), or tests and the command line reach them by name. One line each, with why."""
