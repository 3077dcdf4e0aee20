"""A shared test step for rewrites composed through the scriptable fake model."""

from assistant.compose import compose
from assistant.kinds.rewrite import RewriteTask


def compose_rewrite(fake, fake_spec, response: str, notes: str, *answers: str):
    """The rewrite of `response` by `notes`, the fake model answering `answers` in turn."""
    fake.enqueue(list(answers))
    return compose(RewriteTask(response=response, notes=notes), fake_spec)
