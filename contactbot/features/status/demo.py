"""The status feature in ``contactbot demo``: no scripted steps yet.

The demo's Synapse already sends profile updates in ``/sync`` (MSC4429), so steps for
``!status`` can be added to ``DEMO`` here without changes to the dev tools.
"""

from __future__ import annotations

from contactbot.core.demo import FeatureDemo

DEMO = FeatureDemo()
