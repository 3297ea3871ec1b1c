"""local.web's header parser gives what the standard library's gives, for every kind of line: its
own pairs for plain `Name: value` lines, the standard library's parser for anything else."""

from __future__ import annotations

import io

import pytest

from local import web

BLOCKS = [
    b"Host: 127.0.0.1:3000\r\nAccept-Encoding: identity\r\nX-Amz-Target: DynamoDB_20120810.TransactWriteItems\r\n"
    b"Content-Type: application/x-amz-json-1.0\r\nAuthorization: AWS4-HMAC-SHA256 Credential=x/20261203/"
    b"ap-northeast-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc\r\n"
    b"Content-Length: 2376\r\n\r\n",
    b"Host: a\r\nX-A:  b c \r\nX-A: d\r\n\r\n",  # spaces kept at the end, a repeated header
    b"Host: a\nX-Empty:\nX-Tab:\tvalue\n\n",  # bare LF, an empty value, a tab
    b"X-Latin: caf\xe9\r\n\r\n",  # a byte over 127: ISO-8859-1, as the standard library reads it
    b"X-Folded: one\r\n two\r\n\r\n",  # a continuation line
    b"X-Cr: a\rb\r\n\r\n",  # a stray CR
    b"no colon here\r\nHost: a\r\n\r\n",
    b": no name\r\n\r\n",
    b"Bad Name: x\r\n\r\n",
    b"From someone\r\nHost: a\r\n\r\n",
    b"Host: a\r\n",  # no blank line: the connection closed
    b"\r\n",
    b"",
]


@pytest.mark.parametrize("block", BLOCKS)
def test_the_same_message_as_the_standard_librarys_parser(block):
    ours = web._parse_headers(io.BytesIO(block + b"body"))
    stock = web._stock_parse_headers(io.BytesIO(block + b"body"))
    assert type(ours) is type(stock)

    def state(message):  # a defect is an object of its own in each: compared by kind
        return {**vars(message), "defects": [type(d) for d in message.defects]}

    assert state(ours) == state(stock)
    assert ours.items() == stock.items() and ours.get_payload() == stock.get_payload()


def test_it_is_the_parser_http_uses_where_the_standard_library_has_the_expected_shape():
    import http.client
    import sys

    assert (http.client.parse_headers is web._parse_headers) == web._fits_this_python()
    if sys.version_info[:2] in ((3, 11), (3, 12), (3, 13)):  # checked on each
        assert web._fits_this_python()
