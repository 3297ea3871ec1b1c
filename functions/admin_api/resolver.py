"""The staff API's resolver: Powertools' APIGatewayRestResolver with path parameters decoded.

API Gateway (REST) passes the request path as the client sent it, percent-encoded: a tag typed as
区分A arrives as `%E5%8C%BA%E5%88%86A`. Powertools matches routes on that raw path and hands the
matched path parameters to the route as they are. Decoding is done once, here, for every route, on
each matched parameter (not on the whole path, so an encoded `/` stays inside its parameter).
Powertools already decodes query strings; it has no option for path parameters, so this override is
ours.
Bytes that are not UTF-8 become U+FFFD (never a 500).
"""

from __future__ import annotations

from re import Match
from urllib.parse import unquote

from aws_lambda_powertools.event_handler import APIGatewayRestResolver


class DecodingResolver(APIGatewayRestResolver):
    def _convert_matches_into_route_keys(self, match: Match) -> dict[str, str]:
        return {name: unquote(value, errors="replace") for name, value in match.groupdict().items()}
