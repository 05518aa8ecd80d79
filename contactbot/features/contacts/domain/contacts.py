"""MSC4489's vocabulary: the contact event types, the state key and the role identifiers.

Roles whose MSC is not merged have an unstable identifier too; both mean the same role when
matching and labelling (see :func:`canonical_role`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# -- Event identifiers --------------------------------------------------------------------------

STATE_TYPE = "m.room.contact"
UNSTABLE_STATE_TYPE = "net.codestorm.msc4489.contact"
STATE_TYPES = (STATE_TYPE, UNSTABLE_STATE_TYPE)
STATE_KEY = ""

# -- Roles --------------------------------------------------------------------------------------

ROLE_ADMIN = "m.role.admin"
ROLE_SECURITY = "m.role.security"
ROLE_MODERATOR = "m.role.moderator"  # MSC4121, not yet in the spec
ROLE_MODERATOR_UNSTABLE = "support.feline.msc4121.role.moderator"
ROLE_DPO = "m.role.dpo"  # MSC4265, not yet in the spec
ROLE_DPO_UNSTABLE = "org.matrix.msc4265.role.dpo"

# Unstable identifiers mean the same as their stable counterpart when matching and labelling.
_CANONICAL_ROLES: Mapping[str, str] = {
    ROLE_MODERATOR_UNSTABLE: ROLE_MODERATOR,
    ROLE_DPO_UNSTABLE: ROLE_DPO,
}

ROLE_LABELS: Mapping[str, str] = {
    ROLE_ADMIN: "Administrator",
    ROLE_SECURITY: "Security contact",
    ROLE_MODERATOR: "Moderator",
    ROLE_DPO: "Data protection officer",
}

# What to write for a role whose MSC is not merged: the MSC process says implementations must
# not use the stable identifier before FCP.
UNMERGED_ROLES: Mapping[str, str] = {
    ROLE_MODERATOR: ROLE_MODERATOR_UNSTABLE,
    ROLE_DPO: ROLE_DPO_UNSTABLE,
}

# The bot's own extension naming a server whose well-known applies to the room. MSC4489 has no
# such field, so it lives in the bot's namespace; the bare key of older versions is still read.
SUPPORT_VIA_KEY = "org.contactbot.support_via"
LEGACY_SUPPORT_VIA_KEY = "support_via"

# Words accepted for `!contact [purpose]` and when adding a contact. When writing, roles whose
# MSC is not merged use the unstable identifier, which is what current consumers read.
PURPOSE_ALIASES: Mapping[str, str] = {
    "admin": ROLE_ADMIN,
    "security": ROLE_SECURITY,
    "moderator": ROLE_MODERATOR_UNSTABLE,
    "mod": ROLE_MODERATOR_UNSTABLE,
    "dpo": ROLE_DPO_UNSTABLE,
}

# Namespaced identifiers (appendix "Common Namespaced Identifier Grammar").
_NAMESPACED_ID_RE = re.compile(r"[a-z][a-z0-9._-]{0,254}")


def is_namespaced_id(word: str) -> bool:
    """Whether ``word`` reads as a namespaced identifier such as ``com.example.role.appeals``."""
    return _NAMESPACED_ID_RE.fullmatch(word) is not None and "." in word


def canonical_role(role: str) -> str:
    """The stable identifier for ``role`` (unstable MSC aliases map to their stable name)."""
    return _CANONICAL_ROLES.get(role, role)


def role_label(role: str) -> str | None:
    """A human label for a known role, or None for unknown roles (shown raw by callers)."""
    return ROLE_LABELS.get(canonical_role(role))


def role_aliases(role: str) -> frozenset[str]:
    """Every identifier that means the same role as ``role`` (itself included)."""
    canonical = canonical_role(role)
    return frozenset(
        {
            role,
            canonical,
            *(alias for alias, stable in _CANONICAL_ROLES.items() if stable == canonical),
        }
    )
