"""A lead's review session: moving through the queue and the keys that do it.

The queue a lead is looking at is the list of task ids the last refresh returned; "next"
and "previous" move through it, and a decision moves on to the task after the decided one.
"""

from __future__ import annotations

from collections.abc import Sequence


def neighbour(ids: Sequence[int], current: int | None, step: int) -> int | None:
    """The task `step` places from `current` in the queue (clamped to its ends); the first
    task when nothing is open yet; None for an empty queue."""
    if not ids:
        return None
    if current not in ids:
        # the open task left the queue (decided, or filtered out): the next one by id
        later = [i for i in ids if current is not None and i > current]
        return later[0] if later and step >= 0 else ids[0]
    at = list(ids).index(current) + step
    return ids[min(max(at, 0), len(ids) - 1)]


def queue_ids(rows: Sequence[Sequence]) -> list[int]:
    return [int(row[0]) for row in rows]


# Keys for the review tab, active only when the focus is not in a text field (typing a
# comment must not approve a task): j/↓ next, k/↑ previous, a approve, s send back (focuses
# the comment box first when it is empty, since sending back needs a reason), r reject.
SHORTCUTS = """
<script>
document.addEventListener('keydown', (e) => {
  const queue = document.getElementById('aa-queue');
  if (!queue || !queue.offsetParent || e.ctrlKey || e.metaKey || e.altKey) return;
  const tag = (e.target.tagName || '').toLowerCase();
  if (tag === 'input' || tag === 'textarea' || e.target.isContentEditable) return;
  const keys = {j: 'aa-review-next', ArrowDown: 'aa-review-next', k: 'aa-review-prev', ArrowUp: 'aa-review-prev',
                a: 'aa-approve', s: 'aa-send-back', r: 'aa-reject'};
  const id = keys[e.key];
  if (!id) return;
  const comment = document.querySelector('#aa-review-comment textarea');
  if ((id === 'aa-send-back' || id === 'aa-reject') && comment && !comment.value.trim()) {
    e.preventDefault(); comment.focus(); return;
  }
  const button = document.getElementById(id);
  if (button) { e.preventDefault(); button.click(); }
});
</script>
"""
