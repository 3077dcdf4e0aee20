"""tasks(project_id, external_id) index: an import looks up the item ids a project has

Revision ID: 0006_item_ids
Revises: 0005_sessions

Not unique: gold and k = 2 copies of an item share its id, and databases from before imports
were idempotent may hold the same item twice (each copy can carry work, so none is dropped;
a re-import skips the id whichever copies it has).
"""

from alembic import op

revision = "0006_item_ids"
down_revision = "0005_sessions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_tasks_project_item", "tasks", ["project_id", "external_id"])


def downgrade() -> None:
    op.drop_index("ix_tasks_project_item", table_name="tasks")
