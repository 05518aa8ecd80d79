"""Target words for the locked14 transforms.

These are the offensive or scam-bait words that appear in this directory's own
hand-written seeds. The disguise and misspelling transforms prefer to alter them,
as a real evader would, and fall back to other long words when none is present.
"""

OFFENSIVE_KEYWORDS: frozenset[str] = frozenset(
    """
    abo abos abbo boong coon coons chinks chink chinky gook gooks wog wogs dago dagos
    towelhead raghead kikes kike yids yid faggot faggots fag fags poofter poof poofs
    dyke dykes trannies tranny trannys retard retards retarded tard spastics spaz
    spazzes spakka mong mongs mongoloid pikeys pikey gyppos niggers nigger nigga n1ggas
    wetback beaners spics hori bungas fobs zipperheads japs slopes muzzies muzzie
    pajeet jeet lebo kraut polacks kaffirs coconut homos bender shirtlifters batty
    lezzos foids femoids roasties shemale sped cripples wops greaseball golliwog sambo
    jigaboos nignogs darkie heebs jewboy tinkers troons tr00n currymuncher chinamen
    nips bull sheila goat camel shaggers munchers curry
    vermin plague cancer animals cockroaches beasts parasites rats locusts livestock
    swarm savages infestation apes virus rot deport remigration gas burn drown culled
    subhuman inbred terrorists groomers pickpockets thieves predators demons
    flog muppet dropkick drongo bellend wanker dickhead neckbeard loser knobhead tosser
    ugly clown fuckwit brainlet cow cringe dogshit sook pissweak gronk bogan cockroach
    numpty div twit imbecile bonehead parasite gormless goose prat nonce rat snake
    fraud pillock cretin idiot twat plonker dumbass grub weasel cuck turd dweeb
    dick cunt slag slut whore cum fuck fucked fucking motherfucker arse ass bitch
    balls tits pussy skank prick shit hoe cumrag cumstain dickwad jizz clit fist
    kill bash stab shoot bullet burn strangle choke drown acid glassed swatted hunt
    hurt bleeding hospital dead die address doxxed teeth legs knife
    """.split()
)

SCAM_KEYWORDS: frozenset[str] = frozenset(
    """
    free giveaway giving claim verify verification prize winner won refund rebate
    login password code nitro robux vbucks skins skin knife bitcoin btc eth usdt crypto
    steam discord valve epic riot twitch kick roblox fortnite xbox playstation psn
    mygov ato linkt auspost startrack medicare centrelink commbank nab anz westpac
    telstra optus ird nzta asb bnz kiwibank spark hmrc royal mail evri dvla ee monzo
    barclays lloyds paypal netflix amazon apple microsoft instagram facebook whatsapp
    telegram payid toll fine unpaid suspended locked parcel delivery account bank
    tickets guaranteed double doubling invest wallet urgent tax
    """.split()
)
