"""tasks.version: optimistic locking of a task's notes

Revision ID: 0002_reliability
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_reliability"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tasks") as batch:
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("tasks") as batch:
        batch.drop_column("version")
