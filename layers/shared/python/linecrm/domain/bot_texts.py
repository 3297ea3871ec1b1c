"""What the bot says to customers (Japanese), in one place so staff can review the wording."""

from __future__ import annotations

GREETING = "こんにちは、Kuroge公式アカウントです。友だち登録ありがとうございます"
# Purpose of use (Japan's APPI): say what the answers are for before asking.
PURPOSE = "ご回答いただいた性別・年齢は、お客様に合ったクーポンやお知らせをお送りするためだけに使います。"
ASK_GENDER = "性別を教えてください"
ASK_AGE = "年齢を教えてください"
THANKS = "登録ありがとうございました。定期的にお得なクーポンをお送りします!"

REASK_GENDER = "すみません、うまく読み取れませんでした。下のボタンから性別を選んでください。"
REASK_AGE = "すみません、うまく読み取れませんでした。年齢を数字で教えてください(例: 33)。"
AGE_OUT_OF_RANGE = "年齢は0〜120の数字で教えてください。"

WELCOME_BACK = (
    "おかえりなさい!また友だちになってくださりありがとうございます。引き続きお得なクーポンをお送りします。"
)
PROFILE_RESTART = "プロフィールを変更します。"

CONFIRM_WITHDRAWAL = "退会すると、登録いただいた情報とトーク履歴がすべて削除され、クーポンも届かなくなります。本当に退会しますか?"
REASK_WITHDRAWAL = "「はい」か「いいえ」でお答えください。退会しますか?"
WITHDRAWN = "退会手続きが完了しました。ご利用ありがとうございました。"
WITHDRAWAL_CANCELLED = "退会を取り消しました。引き続きよろしくお願いします。"

GENDER_CHOICES = ("男性", "女性", "回答しない")
YES, NO = "はい", "いいえ"

# Entry routes (流入経路): the answer to a route's keyword (the QR code of a seminar, a store…).
ROUTE_THANKS = (
    "「{keyword}」を受け付けました。ありがとうございます！これからもKurogeをよろしくお願いいたします。"
)
