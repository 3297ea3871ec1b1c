from linecrm.domain.customer_record import profile_summary


def test_the_customers_answers_read_in_japanese():
    assert profile_summary({"gender": "male"}) == "性別: 男性"
    assert profile_summary({"gender": "unknown"}) == "性別: 回答しない"
    assert profile_summary({"age": 33, "birth_date": "1993-05-01"}) == "年齢: 33歳（生年月日 1993-05-01）"
    assert profile_summary({"gender": "female", "age": 28}) == "性別: 女性、年齢: 28歳"
