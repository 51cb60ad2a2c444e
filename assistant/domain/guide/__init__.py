"""The six-step guide of the French authority's method, as plain data and rules.

- :mod:`.model` — what the owner records: the pilot and the DPO answers (step 1), the state of
  checklist tasks, DPIA screenings (step 4), their own actions and their decisions about the
  actions the rules raise (step 3).
- :mod:`.snapshot` — everything the rules look at, in one frozen object.
- :mod:`.rules` — the rule engine: each rule is a plain function ``(Snapshot) -> list[Gap]``.
- :mod:`.plan` — the action plan: gaps derived on each evaluation, merged with what the owner
  decided and added.
- :mod:`.checklist`, :mod:`.dpo`, :mod:`.dpia`, :mod:`.score`, :mod:`.deadlines` — the rest.

Nothing here imports Qt, SQL or reads files: the content (texts, sources) is loaded by
:mod:`assistant.content.guide` and the data by :mod:`assistant.store.guide_repo`.
"""
