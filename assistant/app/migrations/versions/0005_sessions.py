"""users.sessions_from: sign-ins made before it have ended (a new password, "sign out everywhere")

Revision ID: 0005_sessions
Revises: 0004_team
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_sessions"
down_revision = "0004_team"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("sessions_from", sa.DateTime, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("sessions_from")
