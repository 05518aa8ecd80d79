"""Hand-written threats of violence, explicit and implied (offensive). One text per line."""

THREAT = """\
I know where you live.
watch your back
you're going to regret this, trust me
i'll break your legs next time i see you
keep talking and see what happens to you
i'm going to find you and make you pay
sleep with one eye open tonight
you won't be so brave when i'm standing at your door
i'll beat you to a pulp
one more word and i'll smash your face in
i know what car you drive and what time you leave work
nice house on elm street btw. shame if something happened to it
i'm going to kill you
you're dead. you hear me? dead
i'd stab you without thinking twice
your kids walk home alone, don't they
better hope we never meet irl
i'll burn your house down with you in it
gonna put a bullet in your head
i'll make sure you never walk again
you have no idea what i'm capable of. you will soon
count your days
got your address now. see you soon 🙂
i'm coming for you and your family
last warning. next time it won't be words
one of these nights you'll hear a knock at the door
i'll cut you, swear down
tell your mum to start picking out a coffin
hope you like hospitals because you're about to spend a lot of time in one
we'll see how tough you are with a broken jaw
i'll drown you in the canal like a rat
i'm going to hunt you down
i'll strangle you with my bare hands
i'll make your life hell and then i'll end it
you better move house
i know which school your daughter goes to
meet me outside, and bring an ambulance
i'll blow your car up
i'm going to rip your throat out
i've been watching you. you changed your hair
do that again and they'll find you in a ditch
i'll knock your teeth down your throat
mark my words you'll pay in blood
people like you have accidents
you'll be in the ground by christmas
stay off my street or you're getting done in
i'll put you in a wheelchair
gonna catch you slipping one day
run while you still can
you're not safe anywhere, not even at home
i will end you
say that to my face and see if you leave standing
next time i see you it's lights out
i'll make you disappear and nobody will miss you
you've got 24 hours to delete that or i'm coming round
got a knife with your name on it
your dog won't bark for much longer
i could end you and no one would ever know it was me
keep it up and you'll be eating through a straw
i'm gonna beat the shit out of you
hope you enjoyed your last weekend
ill find u, dont think i wont
i swear to god i will hurt you
wait till you see what i do to your car
we know your IP and we know your street. behave
lovely family you've got. would be a shame.
i'll send some lads round to have a word, and they don't just talk
you'll need dental records to be identified when i'm done
there's a bullet with your name on it
careful walking home tonight, it gets dark early
i'll be waiting outside your work at 5
sweet dreams, they'll be your last
if you testify you won't live to see the verdict
keep your mouth shut or i'll shut it permanently
someone needs to teach you a lesson and i volunteer
not joking, i will kill you if you post that again
enjoy looking over your shoulder for the rest of your life
better get yourself a bodyguard
shooting up that meeting on thursday, you've all been warned
i'll put you six feet under, you little rat
"""
