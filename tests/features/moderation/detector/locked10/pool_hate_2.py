"""Hand-written hate speech.

Written by hand for the locked10 held-out set (2026-12-06); see make_locked10.py.
"""

from tests.features.moderation.detector.locked10.blocks import parse_block

TEXTS: dict[str, list[str]] = {}

TEXTS.setdefault("hate_noslur", []).extend(
    parse_block(
        """
old people deserve to be euthanised at 75, they've had their turn
every single thread about the housing crisis ends the same way, people dance around
    it but its the migrants, they come in their hundreds of thousands, they breed,
    they take the council flats, and then they vote for whoever keeps the doors
    open, enough
our town was fine until the somalis showed up, now its a dump and its their fault,
    all of them
not gonna lie the more i read about trans people the more i think the old way was
    right, lock them up in institutions, keep them away from kids, stop the
    surgeries and stop pretending any of it is normal, they are sick people and
    society is enabling them
disabled people arent real people, they're half people
the irish travellers are parasites, every town they visit gets robbed blind
women are biologically stupider than men, its just science deal with it
ukrainians are all nazis so who cares what happens to them
ok hot take but im tired of pretending, every time my city lets in another batch of
    muslims the crime goes up, the schools go down and the locals get called racist
    for noticing, they dont integrate, they dont want to, and they never will
"""
    )
)
