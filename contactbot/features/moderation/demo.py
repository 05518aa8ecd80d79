"""The moderation feature in ``contactbot demo``: no scripted steps yet.

The demo has a ``moderators`` room (alias ``#moderators:localhost``) for steps that show
``!flags`` and the reports the bot sends there; they belong in ``DEMO`` here.
"""

from __future__ import annotations

from contactbot.core.demo import FeatureDemo

DEMO = FeatureDemo()
