"""Scam and phishing statuses for the fourth locked test set, written plainly.

Texts written for locked4 by its author (independent of the detector's tuners). Phone
numbers use reserved fiction ranges or are made up; domains and handles are invented.
Never train or tune on them.
"""

from __future__ import annotations

import random

from .gen import expand, lines, style

PRIZES = lines("""
iPhone 15 Pro
$1,000 Amazon gift card
PS5
£500 cash prize
brand new MacBook
$250 Steam voucher
free holiday to Dubai
Tesla Model 3
year of free groceries
""")

PHONES = lines("""
+1 (415) 555-0187
07700 900461
+44 7700 900128
+1 202 555 0143
0800 046 3321
+234 803 555 0199
+61 491 570 006
(877) 555-0122
""")

URLS = lines("""
https://matrix-verify.support/login
https://element-secure-login.com
https://bit.ly/3xYz9Qa
https://free-giftcards.win
https://claim-prize-now.top/r/88
https://tinyurl.com/recoverkeyz
https://wallet-sync.app/connect
https://jobs-remote-pay.site
https://paypa1-resolution.com/case
""")

CONTACTS = lines("""
@crypto_mentor
@support-element:matrix.org
@claims_desk
t.me/richard_trades
@lucy_fx
WhatsApp {phone}
Telegram @hiring_manager_amy
@admin.helpdesk
snap: hotkatie99
""")

COINS = lines("""
BTC
ETH
USDT
SOL
DOGE
""")

SCAM_TEMPLATES = lines("""
Congratulations! You've won a {prize}. Text CLAIM to {phone} to collect
🎉 you are our lucky winner, DM {contact} to claim your {prize}
you have been selected for a {prize}!! reply YES to confirm
claim your {prize} before midnight: {url}
FINAL NOTICE: your {prize} is waiting, call {phone} now
Send 0.1 {coin} and get 0.2 back, giveaway ends tonight
I'll double any {coin} you send me, proof in DMs
{coin} giveaway!! send any amount to the wallet in my profile, get 2x back instantly
Your Matrix account will be suspended in 24h. Verify at {url}
security alert: unusual login detected. reply with your recovery key to keep your account
URGENT: your account has been flagged. confirm your password with {contact}
Matrix support here, send me your password so we can restore your account
Element support team: call {phone} to fix your encryption keys
your device was hacked, call our technicians on {phone} immediately
Earn $500/day from home, no experience needed, WhatsApp {phone}
Hiring! $90/hr remote data entry, message {contact}
we need 20 people to like videos for $300 a day. DM {contact}
lonely? beautiful girls waiting to chat, add {contact}
hey dear, I saw your profile and I think we are meant to be. message me on {contact}
I made $12k last week with forex signals, DM {contact} and I'll show you how
guaranteed 30% weekly returns, limited slots, message {contact}
invest $200 and get $2,000 in 48 hours, 100% legit
Your parcel could not be delivered. Pay the £1.99 fee at {url}
HMRC: you are owed a tax refund of £412.50. Claim at {url}
your bank card has been frozen, call {phone} to unlock it
Apple ID locked. Verify within 12 hours: {url}
Your PayPal payment of $749 is on hold, call {phone} if this wasn't you
I'm a financial manager with 8 years experience, let me grow your portfolio 10x, dm {contact}
Mum, I lost my phone, this is my new number {phone}, can you send money
text WIN to {phone} for a chance at a {prize}
free {coin} airdrop for the first 500 members, connect your wallet: {url}
recovery expert here. lost crypto? scammed? I can get it back, contact {contact}
Work for Amazon from home, $45/hr, apply on {contact}
send me your seed phrase and I'll verify your wallet is safe
I'm a US soldier stationed abroad, need help paying for leave papers, reward guaranteed
Mr. Okafor needs your help to transfer $4.5 million, you keep 30%. email back today
you've been chosen for a secret shopper job. cheque in the post, {contact}
Your Steam account will be banned for fraud. Appeal here {url}
only 3 spots left in my trading group, ROI 400%, {contact}
verify your identity to avoid permanent deletion: {url}
""")


def scam_plain(rng: random.Random, n: int) -> list[str]:
    contacts = [c.replace("{phone}", rng.choice(PHONES)) for c in CONTACTS]
    slots = {"prize": PRIZES, "phone": PHONES, "url": URLS, "contact": contacts, "coin": COINS}
    return [style(t, rng) for t in expand(SCAM_TEMPLATES, slots, rng, n)]


SCAM_KEYS = lines("""
free
win
won
winner
claim
prize
congratulations
urgent
verify
password
suspended
double
giveaway
wallet
invest
guaranteed
earn
support
recovery
refund
locked
""")
