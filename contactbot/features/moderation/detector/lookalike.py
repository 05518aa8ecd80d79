"""Look-alike brand hosts: ``dlscord.gift``, ``pаypal.com`` with a Cyrillic ``а``,
``paypal.com.secure-login.xyz``, ``steamcommunlty.com``."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from .host_lists import Brand, HostLists, one_edit_apart, suffix_match

# Leet digits seen in look-alike hosts; "i" and "l" are merged because they are swapped both
# ways (dlscord, paypai).
_HOST_LEET = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t",
                            "8": "b", "9": "g", "$": "s", "@": "a", "i": "l", "-": None,
                            "_": None})  # fmt: skip

_PHISHY_WORDS = (
    "gift nitro free login verif secure support wallet claim promo reward airdrop bonus "
    "account auth update help unlock restore connect sync giveaway drop event trade signin "
    "recover appeal billing payment prize upgrade premium vip gold parcel deliver fee refund "
    "rebate tax track release redeliver missed portal inbox fine toll pension grant"
).split()


_PART_RE = re.compile(r"[-.]")


class BrandMatcher:
    """Compares hosts with the brands' names and official domains, after folding disguises."""

    def __init__(self, fold: Mapping[str, str], brands: Sequence[Brand], lists: HostLists) -> None:
        self._fold = fold
        self._lists = lists
        self.official = frozenset(d for b in brands for d in b.official)
        self._official_canon = {self.canon(d): (b, d) for b in brands for d in b.official}
        self._official_canon_set = frozenset(self._official_canon)
        self._label_canon = [(b, label, self.canon(label)) for b in brands for label in b.labels]

    def canon(self, host: str) -> str:
        """Skeleton of a host for look-alike comparison: confusables and accents folded, leet
        digits read as letters, i/l merged, rn read as m, hyphens dropped."""
        out = []
        for ch in host:
            if ch.isascii():
                out.append(ch.lower())
                continue
            target = self._fold.get(ch)
            if target is None:
                decomposed = unicodedata.normalize("NFKD", ch)
                target = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
            out.append(target)
        skeleton = "".join(out).translate(_HOST_LEET)
        return skeleton.replace("rn", "m").replace("vv", "w")

    def _registrable_label(self, host: str) -> tuple[str, str]:
        labels = host.split(".")
        if len(labels) >= 3 and ".".join(labels[-2:]) in self._lists.suffix2:
            return labels[-3], ".".join(labels[:-3])
        if len(labels) >= 2:
            return labels[-2], ".".join(labels[:-2])
        return labels[0], ""

    def lookalike(self, host: str, path: str, bait_in_text: bool) -> tuple[str, str, str] | None:
        """(rule, severity, explanation) when the host imitates a brand."""
        canon_host = self.canon(host)
        # The whole host is an official domain in disguise (pаypal.com, paypa1.com).
        match = suffix_match(canon_host, self._official_canon_set)
        if match is not None:
            brand, official = self._official_canon[match]
            return (
                "link.lookalike",
                "high",
                f"host {host} imitates {official} ({brand.name})",
            )
        # An official domain used as a subdomain of another host: paypal.com.secure-login.xyz
        labels = host.split(".")
        for i in range(len(labels) - 1):
            # Official names have at most 3 labels; j < len: the name is not the host's suffix.
            for j in range(i + 2, min(i + 4, len(labels))):
                official = ".".join(labels[i:j])
                if official in self.official:
                    return (
                        "link.lookalike",
                        "high",
                        f"host {host} puts {official} in front of an unrelated domain",
                    )
        label, subdomains = self._registrable_label(host)
        canon_label = self.canon(label)
        canon_sub = self.canon(subdomains)
        phishy = bait_in_text or any(w in host or w in path for w in _PHISHY_WORDS)
        # Hyphen- and dot-separated parts of the host, each folded: a short brand name
        # (evri, hmrc, nhs) is matched as a whole part only ("evri-missed-parcel.com",
        # "refund-hmrc-portal.com"), never inside a longer word (detector round 7).
        parts = {self.canon(p) for p in _PART_RE.split(host.rsplit(".", 1)[0]) if p}
        for brand, brand_label, canon_brand in self._label_canon:
            if canon_label == canon_brand:
                if label != brand_label:
                    return (
                        "link.lookalike",
                        "high",
                        f"host {host} spells {brand_label} with look-alike characters",
                    )
                if brand.distinctive:
                    return (
                        "link.brand_unofficial",
                        "high" if phishy else "medium",
                        f"{brand.name} name on a domain {brand.name} does not use ({host})",
                    )
                continue
            if not brand.distinctive:
                # An ordinary word (matrix, apple) in a host is fine, unless the registrable
                # name pairs it with bait: matrix-verification.org, appleid-verify.support.
                if phishy and len(canon_brand) >= 5 and canon_brand in canon_label:
                    return (
                        "link.brand_embedded",
                        "high",
                        f"host {host} pairs the {brand.name} name with account bait",
                    )
                continue
            if len(canon_brand) < 5 and canon_brand in parts:
                # Unions, charities and fan sites use the name too: alone it is weak.
                return (
                    "link.brand_embedded",
                    "high" if phishy else "low",
                    f"host {host} borrows the {brand.name} name",
                )
            if len(canon_brand) >= 5 and one_edit_apart(canon_label, canon_brand):
                return (
                    "link.typosquat",
                    "high",
                    f"host {host} is a misspelling of {brand_label} ({brand.name})",
                )
            if len(canon_brand) >= 5 and (canon_brand in canon_label or canon_brand in canon_sub):
                # micros0ft-office.com: the brand itself is spelt with look-alikes.
                disguised = brand_label not in host.replace("-", "")
                return (
                    "link.brand_embedded",
                    "high" if phishy or disguised else "low",
                    f"host {host} borrows the {brand.name} name",
                )
        return None
