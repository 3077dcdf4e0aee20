"""Batch drafting: a JSONL file of tasks -> a JSONL file of checked drafts, at the provider's
speed, resumable, with progress.

- Up to `concurrency` tasks are in flight (threads around the synchronous `compose`; the
  model call releases the GIL while it waits on the network). The engine's own work (prompt,
  litellm, the check) is CPU-bound, about 5-8 ms a task, and threads contend for the GIL, so
  one process falls behind the provider beyond about 32 in flight. `processes` > 1 spreads
  the tasks in flight over worker processes: each holds its share, takes its next task from
  a shared queue as soon as one finishes, and sends results back, while this process writes
  the output file and draws the progress bar. Workers fork from a server process that has
  loaded litellm and the engine once (about 3 s, paid on the first batch of a process), so
  they start warm in milliseconds. The embedded model is one process with one lock, so on it
  the batch runs one task at a time, in-process.
- Each result is one whole line, written by a single writer thread that appends finished
  lines together and fsyncs once per group: a killed run leaves whole lines, and a torn last
  line (a kill inside the write itself) is cut off when the run resumes.
- A rerun skips the ids already in the output; a failing task is recorded with its error and
  the run goes on. A 429 that survives the seam's retries halves the concurrency (of the
  worker that met it, with worker processes) and puts the task back in the queue after a
  pause (additive increase brings the concurrency back).

One module per step:
- tasks:        reading the input (a task, or why a line cannot be one)
- drafting:     one task's checked draft, or its failed result
- pacing:       the AIMD limit on tasks in flight, and a rate-limited task's pause
- workers:      worker processes (_forkserver is what the server they fork from preloads)
- output:       the output file: whole lines from one writer thread; ids already written
- results:      the result line, the run's summary, results as export records
- run:          run_batch, which ties them together
"""

from assistant.batch.drafting import draft_one
from assistant.batch.results import BatchResult, BatchSummary, export_record, read_results
from assistant.batch.run import effective_concurrency, run_batch
from assistant.batch.tasks import Pending, pending_task
from assistant.batch.workers import prepare_workers, worker_processes

__all__ = ["BatchResult", "BatchSummary", "Pending", "draft_one", "effective_concurrency", "export_record",
           "pending_task", "prepare_workers", "read_results", "run_batch", "worker_processes"]
