"""Imported once by the server that batch worker processes fork from: everything a worker
needs is loaded there (litellm, about 2 s of CPU, and the modules of its first request; the
engine; the checker's word lists), so each worker starts warm in a fraction of a second
instead of loading it all again."""

import gc

from assistant import kinds, llm, prompts
from assistant.batch import workers  # noqa: F401 - the workers' entry point and all it drafts with
from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask

llm.preload()
llm.warm_up()
for _kind in kinds.NAMES:
    prompts.load(_kind)
check_draft(CaptionTask(notes="two red buses, maybe parked").observations(), "Two red buses are parked.")
# What is loaded now stays as it is: the collector of a forked worker does not write to these
# objects, so their memory stays shared instead of being copied into every worker.
gc.freeze()
