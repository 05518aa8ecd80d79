"""Hand-written threats of violence or harm at individuals, many without violent keywords."""

from ._text import lines

THREAT: list[str] = lines(
    r"""
I know where you live Sandra. Keep talking
I know which school your kids go to, think about that before you post again
Keep talking, let's see what happens when you come back to the village for Christmas
You will not see next Christmas, I promise you
Your family will be buying black clothes soon
We're coming for you on Friday, be home
Sleep with one eye open tonight, Kelvin
I have your address now. Nice blue door
They will find you in the gutter one of these days
Nice car you have there, would be a shame if it caught fire
Keep posting about me and watch what happens to your shop
When I catch you ehn, your mama go cry for you
Dem a go find yuh inna gully, watch
Mi a go buss yuh head when mi see yuh
I will deal with you spiritually, you will not know what hit you
By this time next week you will be history
I've got people in Mombasa who will pay you a visit
Tujaonana, utajua mimi ni nani
Tera kaam tamaam kar dunga, yaad rakhna
Tujhe dekh lunga, bahar nikal ke dikha
Teri laash bhi nahi milegi kisi ko
Your wife walks to the market alone every morning, doesn't she
Your daughter looks lovely in her school uniform. Be a shame
I've been outside your house twice this week. You didn't notice
Next time you cross me there won't be a next time
Watch your back walking home from the bus stop, that's all I'm saying
You won't be smiling for long, trust me
I'd check your brakes before driving tomorrow if I were you
Enjoy your last weekend, Marcus
People who talk like you end up in the lagoon, ask around
Come to Ajegunle and say that, you will not go back home with your legs
I will send boys to your compound tonight, just wait
You think say I no fit reach you? I know your office for Ikeja
Keep shouting, your name will soon be in the obituary column
I swear you will be carried out of that house feet first
One more word and I'll make sure nobody recognises your face
You better pray I never see you in Kumasi
I'll be waiting at the church gate after service, come out if you are a man
Your shop go burn one of these nights, na so e dey start
My guys know your car, your plate, your route. Think carefully
I'll break every bone in your body, slowly
I'm going to hunt you down and make you regret the day you were born
Mi have a ting fi yuh, yuh soon see
Yuh mumma soon a bawl fi yuh, hear mi
Bwoy yuh days numbered, mark mi words
Mi know weh yuh madda live, nuh tes mi
Utalipa kwa damu yako, nakuambia
Tutakutafuta mpaka nyumbani kwako, usijifiche
Watoto wako watakosa baba hivi karibuni
Agar phir se aisa likha to tere ghar aake baat karunga
Tere bachon ka school kaunsa hai mujhe pata hai
Raat ko akele mat nikalna, bas itna keh raha hoon
Tumhari behen roz kis raste se college jaati hai, mujhe sab maloom hai
Bas ek baar Lahore aa ja, phir dekhte hain tu kitna bolta hai
Your landlord is my cousin. Enjoy your flat while you still have it, and your legs
I'm going to make your life hell until you leave this estate
You will regret reporting me, I know the shift you work
If my son loses his job because of you, you will pay with yours
I'll put you in the ground next to your father
Someone will teach you a lesson you won't forget, and soon
There's a bullet with your name on it
I'm going to stab you the minute I see you, coward
I'll set your house alight with you in it
Say that to my face and you'll be eating through a straw
See you at the school run tomorrow. I'll be the one waiting by your car
Funny how your garage light was off last night. Lucky
Your dog barks a lot. Hope nothing happens to it
I've saved all your photos. Your boss will see them, and then so will your family. Pay
You have 24 hours to take that post down or I come to your gate myself
Keep reporting my stall to the county and see where they find your body
You want to play with fire? Your mother will be collecting you from the mortuary
My brothers are coming from Eldoret this weekend, you know why
Just wait until the lights go off again, you'll see me
When the election is over, we will settle this with you personally
You are on my list, and I don't forget
Remember what happened to the last guy who opened his mouth? Good
Your pastor can't pray you out of what is coming
Tell your husband to enjoy his evening walks while he still can
I swear on my mother, you will not finish this year
I have your number, your address and your kids' names. Think
If you testify tomorrow, don't expect to get home
"""
)
