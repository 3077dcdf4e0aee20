#!/usr/bin/env bash
# Label Studio in a venv of its own, for tests/test_label_studio_live.py (issue 26).
#
# label-studio pins about 150 packages, several at versions that clash with ours (measured
# 2026-12-04 with label-studio 1.23.2: openai 1.109 vs our 2.54, numpy 2.2 vs 2.4, pyarrow 24
# vs 26, filelock 4 vs 3, pytz 2022.7 vs 2026.6, and 12 smaller ones), so it never goes into
# our venv. About 4 minutes and 1 GB on this project's 2-core machine.
#
#   bash bench/label_studio_venv.sh [/tmp/ls-venv]
#   ANNOTATION_ASSISTANT_LABEL_STUDIO=/tmp/ls-venv/bin/label-studio pytest tests/test_label_studio_live.py
set -euo pipefail
venv=${1:-/tmp/ls-venv}
python3.11 -m venv "$venv"
"$venv/bin/pip" install --quiet label-studio==1.23.2
echo "ANNOTATION_ASSISTANT_LABEL_STUDIO=$venv/bin/label-studio"
