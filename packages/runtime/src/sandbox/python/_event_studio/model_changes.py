"""What a run did to each model's rows: added, changed and deleted, against the rows it started from.

Computed once at the end of a run from the tables the handler touched (`state.current.models`), so the
run result says per model what JitAI's database would hold afterwards (issue #17), whichever model
functions got it there; untouched models cost nothing."""
from _event_studio.model_filter import PK
from _event_studio.model_table import same_pk
from _event_studio.plain import to_plain


def _changed_fields(before, after):
    names = list(before) + [n for n in after if n not in before]
    return [n for n in names if before.get(n) != after.get(n)]


def _model_changes(full_name, start_rows, rows):
    start = [dict(r) for r in start_rows]
    added, changed, kept = [], [], set()
    for row in rows:
        pk = row.get(PK)
        index = next((i for i, r in enumerate(start) if i not in kept and same_pk(r.get(PK), pk)), None)
        if index is None:
            added.append(row)
            continue
        kept.add(index)
        fields = _changed_fields(start[index], row)
        if fields:
            changed.append({"id": pk, "fields": fields, "before": start[index], "after": row})
    deleted = [r for i, r in enumerate(start) if i not in kept]
    if not (added or changed or deleted):
        return None
    return to_plain({"model": full_name, "added": added, "changed": changed, "deleted": deleted})


def model_changes(models, start_rows):
    """One entry per model whose rows differ from where the run started, in the order first touched."""
    found = []
    for full_name, model in models.items():
        entry = _model_changes(full_name, start_rows.get(full_name, []), model._table.rows)
        if entry is not None:
            found.append(entry)
    return found
