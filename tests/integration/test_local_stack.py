"""`python -m local`, run as users run it: a subprocess on a free port, fresh moto."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from local.subprocess_stack import RunningStack

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def stack():
    running = RunningStack("--seed", "200", env={"DISPATCH_INTERVAL_SECONDS": "1"})
    yield running
    running.stop()


def test_it_prints_its_urls_the_admin_token_and_how_long_it_took_to_start(stack):
    assert stack.printed("LINE emulator:") == f"{stack.url}/emulator/"
    assert stack.printed("webhook:") == f"POST {stack.url}/webhook"
    assert len(stack.printed("ADMIN_TOKEN=")) >= 24
    assert "ready in" in stack.lines[0]
    assert stack.ready_after < 60


def test_the_console_is_served_at_the_root_and_no_page_shows_the_admin_token(stack):
    status, body = stack.call("GET", "/")
    page = body.decode()
    assert status == 200 and 'lang="ja"' in page
    assert 'href="/emulator/"' in page and 'href="/api/swagger"' in page  # the local-only footer
    for path in ("/", "/app.js", "/style.css", "/config.json"):
        status, body = stack.call("GET", path)
        assert status == 200, path
        assert stack.printed("ADMIN_TOKEN=") not in body.decode(), path
    assert json.loads(stack.call("GET", "/config.json")[1]) == {"auth": "token", "local": True}
    for outside in ("/../README.md", "/%2e%2e/README.md", "/nothing.js"):
        assert stack.call("GET", outside)[0] == 404, outside


def test_the_built_in_emulator_serves_the_messaging_api_on_the_same_port(stack):
    status, _ = stack.call(
        "GET", "/v2/bot/message/quota", headers={"Authorization": "Bearer local-channel-access-token"}
    )
    assert status == 200
    assert stack.call("GET", "/v2/bot/message/quota", headers={"Authorization": "Bearer x"})[0] == 401


def test_the_seed_creates_customers_in_moto_and_in_the_emulator(stack):
    moto = stack.dynamodb()
    assert moto.scan(TableName="customers", Select="COUNT")["Count"] == 200
    _, body = stack.call("GET", "/emulator/api/customers")
    customers = json.loads(body)["customers"]
    assert len(customers) == 200 and any(c["blocked"] for c in customers)


def test_following_in_the_chat_reaches_the_real_webhook_handler_and_its_greeting_comes_back(stack):
    status, body = stack.call("POST", "/emulator/api/customers", {"display_name": "テスト", "follow": True})
    assert status == 201
    assert json.loads(body)["webhooks"][0]["status"] == 200
    user_id = json.loads(body)["customers"][0]["user_id"]
    _, body = stack.call("GET", f"/emulator/api/customers/{user_id}/messages")
    messages = json.loads(body)["messages"]
    labels = [i["action"]["label"] for m in messages for i in m.get("quickReply", {}).get("items", [])]
    assert labels == ["男性", "女性", "回答しない"]


def test_a_forged_webhook_is_refused(stack):
    status, _ = stack.call(
        "POST", "/webhook", {"destination": "U0", "events": []}, headers={"X-Line-Signature": "forged"}
    )
    assert status in (400, 401)


def test_dispatch_now_answers_with_the_dispatchers_summary(stack):
    status, body = stack.call("POST", "/_local/dispatch")
    assert status == 200
    assert isinstance(json.loads(body), dict)


def test_the_dispatcher_also_runs_on_its_timer(stack):
    deadline = time.monotonic() + 60  # every second, but a loaded machine is slow, not broken
    while not any(line.startswith("[dispatcher]") for line in stack.lines) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert any(line.startswith("[dispatcher]") for line in stack.lines)


def test_unknown_routes_answer_404(stack):
    assert stack.call("GET", "/nothing-here")[0] == 404


def test_a_taken_port_is_reported_clearly():
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "local", "--port", str(port)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert result.returncode == 2
    assert f"port {port}" in result.stderr and "PORT=" in result.stderr


def test_ctrl_c_stops_it_cleanly():
    running = RunningStack()
    status = running.stop()
    assert status == 0, "\n".join(running.lines[-20:])  # stderr too: a fatal error's own lines
    assert running.lines[-1] == "stopped."


def _serves(url: str) -> bool:
    host, port = url.removeprefix("http://").split(":")
    try:
        socket.create_connection((host, int(port)), timeout=5).close()
        return True
    except OSError:
        return False


def _moto_process(running: RunningStack) -> int:
    """The stack's child process running moto's server (found in /proc: its parent is the stack)."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_text()
        except OSError:  # gone meanwhile
            continue
        if int(fields[1]) == running.process.pid and "local.dynamodb" in cmdline:
            children.append(int(stat.parent.name))
    (pid,) = children
    return pid


def test_moto_runs_in_its_own_process_which_stops_with_the_stack_even_one_killed():
    """moto's server is a child process (off the handlers' GIL): Ctrl-C in a terminal reaches the
    whole process group, but moto must live until the stack has saved the data through it; and a
    stack killed outright must not leave it running."""
    import os
    import signal

    running = RunningStack()
    moto_url = running.printed("DynamoDB (moto):")
    assert _serves(moto_url) and _moto_process(running) != running.process.pid
    assert os.getpgid(_moto_process(running)) != os.getpgid(running.process.pid)  # not Ctrl-C's
    assert running.stop() == 0 and not _serves(moto_url)

    running = RunningStack()
    moto_url = running.printed("DynamoDB (moto):")
    running.process.send_signal(signal.SIGKILL)
    running.stop()
    deadline = time.monotonic() + 60  # generous: only how long a loaded machine may take
    while _serves(moto_url) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _serves(moto_url)


def test_admin_routes_get_the_request_as_api_gateway_passes_it(stack):
    assert stack.call("GET", "/api/groups")[0] == 401
    status, body = stack.admin("GET", "/api/groups")
    assert status == 200 and "groups" in body


def test_a_handler_that_cannot_be_imported_answers_503_naming_it_and_the_rest_still_works():
    from local.line_emulator import LineEmulator
    from local.stack import FUNCTIONS, Functions, LocalApp
    from local.web import Request

    functions = Functions()
    broken = {**FUNCTIONS, "dispatcher": "functions.dispatcher.not_written_yet"}
    functions.load = lambda name: __import__(broken[name], fromlist=["handler"])
    app = LocalApp(LineEmulator(), "token", functions)
    response = app(Request("POST", "/_local/dispatch"))
    assert response.status == 503
    assert b"functions.dispatcher.handler" in response.body
    assert app(Request("GET", "/emulator/api/customers")).status == 200


@pytest.mark.parametrize("interval", ["0", "-5", "soon"])
def test_a_dispatch_interval_that_is_not_a_positive_number_is_refused_before_starting(monkeypatch, interval):
    from local.__main__ import main

    monkeypatch.setenv("DISPATCH_INTERVAL_SECONDS", interval)
    with pytest.raises(SystemExit) as stopped:
        main(["--port", "0"])
    assert stopped.value.code == 2


def test_swagger_try_it_out_sends_requests_to_this_origin(stack):
    """Swagger UI sends "Try it out" requests to the document's server: it must be this origin,
    not the stage name ("/local") that nothing serves."""
    status, body = stack.call("GET", "/api/swagger?format=json")
    assert status == 200
    (server,) = json.loads(body)["servers"]
    assert server["url"] == "/"
    url = server["url"].rstrip("/") + "/api/groups"
    status, _ = stack.call("GET", url, headers={"Authorization": f"Bearer {stack.admin_token}"})
    assert status == 200


@pytest.mark.parametrize(
    ("method", "path"),
    [("POST", "/_local/dispatch"), ("GET", "/"), ("POST", "/emulator/api/customers"), ("GET", "/api/groups")],
)
def test_a_foreign_host_or_a_cross_site_origin_is_refused_on_every_route_but_the_webhook(stack, method, path):
    for headers in (
        {"Host": "attacker.example"},  # DNS rebinding: their name, our address
        {"Origin": "https://attacker.example"},  # a page of another site posting here
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site"},
    ):
        status, body = stack.call(method, path, {"display_name": "x"}, headers=headers)
        assert status == 403, (headers, body)
    assert stack.call("GET", "/", headers={"Origin": stack.url})[0] == 200
    _, body = stack.call("GET", "/emulator/api/customers")
    assert all(c["display_name"] != "x" for c in json.loads(body)["customers"])


def test_the_signed_webhook_answers_under_a_tunnels_host_name(stack):
    from local.line_emulator import webhook_events as ev

    body, headers = ev.signed_request([], "local-channel-secret")
    assert stack.call("POST", "/webhook", body, headers={**headers, "Host": "abc.tunnel.example"})[0] == 200


def test_allowed_hosts_lets_a_tunnel_host_name_in():
    from local.line_emulator import LineEmulator
    from local.stack import LocalApp, allowed_hosts
    from local.web import Request

    app = LocalApp(LineEmulator(), "token", hosts=allowed_hosts({"ALLOWED_HOSTS": "crm.example.net, x.test"}))
    assert app(Request("GET", "/", headers={"host": "crm.example.net:8443"})).status == 200
    assert app(Request("GET", "/", headers={"host": "other.example.net"})).status == 403
    assert (
        app(Request("GET", "/", headers={"host": "localhost:3000", "origin": "http://x.test"})).status == 200
    )


def test_data_survives_a_restart_and_fresh_starts_empty(tmp_path):
    from local.line_emulator import webhook_events as ev

    data = {"LOCAL_DATA_FILE": str(tmp_path / "data.json")}
    group = {"name": "男性 20〜49歳", "gender": "male", "age_min": 20, "age_max": 49}
    first = RunningStack(env=data)
    try:
        assert first.admin("POST", "/api/groups", group)[0] == 201
        body, headers = ev.signed_request([ev.follow("U" + "e" * 32)], "local-channel-secret")
        assert first.call("POST", "/webhook", body, headers=headers)[0] == 200
    finally:
        assert first.stop() == 0
    assert any(line.startswith("saved ") for line in first.lines)

    second = RunningStack(env=data)
    try:
        _, answer = second.admin("GET", "/api/groups")
        assert [g["name"] for g in answer["groups"]] == [group["name"]]
        status, customer = second.admin("GET", f"/api/customers/{'U' + 'e' * 32}")
        assert status == 200 and customer["state"] == "awaiting_gender"
        _, body = second.call("GET", "/emulator/api/customers")
        assert [c["user_id"] for c in json.loads(body)["customers"]] == ["U" + "e" * 32]
    finally:
        second.stop()

    fresh = RunningStack("--fresh", env=data)
    try:
        assert fresh.admin("GET", "/api/groups")[1]["groups"] == []
    finally:
        fresh.stop()


def test_a_stop_after_moto_died_says_nothing_was_saved_and_keeps_the_saved_data(tmp_path):
    """moto's server stopped from outside (killed, out of memory): its data is gone, and the stop
    says so with status 1 instead of a traceback, leaving the last saved file as it was."""
    import os
    import signal

    data = {"LOCAL_DATA_FILE": str(tmp_path / "data.json")}
    saved = b'{"saved": "by an earlier stop"}'
    (tmp_path / "data.json").write_bytes(saved)  # --fresh: not loaded, replaced on a normal stop

    running = RunningStack("--fresh", env=data)
    os.kill(_moto_process(running), signal.SIGKILL)
    assert running.stop() == 1, "\n".join(running.lines[-20:])
    assert any("nothing saved" in line for line in running.lines), "\n".join(running.lines[-20:])
    assert not any("Traceback" in line for line in running.lines)
    assert running.lines[-1] == "stopped."
    assert (tmp_path / "data.json").read_bytes() == saved


def test_handlers_wait_for_the_warm_up_so_two_threads_never_import_at_once():
    import threading

    from local.stack import Functions

    functions = Functions()
    functions.ready.clear()  # warming up
    calls: list[str] = []
    functions.load = lambda name: type(
        "Module", (), {"handler": staticmethod(lambda e, c: calls.append(name))}
    )
    caller = threading.Thread(target=functions.invoke, args=("webhook", {}))
    caller.start()
    caller.join(0.5)
    assert caller.is_alive() and calls == []  # waiting, not importing
    functions.ready.set()
    caller.join(30)
    assert calls == ["webhook"]


def test_customers_registered_through_the_webhook_are_folded_in_the_background():
    """No dispatcher run (its timer is 300 s away): the stack's own folder clears the flag."""

    from local.line_emulator import webhook_events as ev

    running = RunningStack("--fresh")
    try:
        user = "U" + "f" * 32
        events = [ev.follow(user), ev.text(user, "女性"), ev.text(user, "41")]
        body, headers = ev.signed_request(events, "local-channel-secret")
        assert running.call("POST", "/webhook", body, headers=headers)[0] == 200
        moto = running.dynamodb()
        deadline = time.monotonic() + 60
        item = {}
        while time.monotonic() < deadline:
            item = moto.get_item(TableName="customers", Key={"user_id": {"S": user}}, ConsistentRead=True)[
                "Item"
            ]
            if "recount" not in item:
                break
            time.sleep(0.2)
        assert item["state"] == {"S": "registered"} and "recount" not in item and "counted" in item
    finally:
        running.stop()


def test_a_post_of_many_customers_events_over_http_stores_every_entry_and_record():
    """The path LINE takes: one signed POST of several customers' follows to the local stack. Each
    customer's entry of the greeting and each event's Idempotency record are written at the end of the POST
    (linecrm.logic.webhook_post); all of them land, and a redelivery of the POST changes nothing."""
    from local.line_emulator import webhook_events as ev

    running = RunningStack("--fresh")
    try:
        users = [f"U{n:032x}" for n in range(12)]
        events = [ev.follow(u) for u in users]
        body, headers = ev.signed_request(events, "local-channel-secret")
        assert running.call("POST", "/webhook", body, headers=headers)[0] == 200
        moto = running.dynamodb()

        def kinds(user: str) -> list[str]:
            found = moto.query(
                TableName="history",
                KeyConditionExpression="user_id = :u",
                ExpressionAttributeValues={":u": {"S": user}},
                ConsistentRead=True,
            )["Items"]
            return sorted(i["kind"]["S"] for i in found)

        # The events' reply tokens were not issued by the emulator, so LINE refuses the greeting:
        # the entry that records it ("reply_failed") is one of the puts written at the POST's end.
        greeted = [["follow", "reply_failed"]] * len(users)
        assert [kinds(u) for u in users] == greeted
        records = moto.scan(TableName="idempotency", ConsistentRead=True)["Items"]
        assert sorted(r["status"]["S"] for r in records) == ["COMPLETED"] * len(users)

        again, headers = ev.signed_request([ev.redelivery(e) for e in events], "local-channel-secret")
        assert running.call("POST", "/webhook", again, headers=headers)[0] == 200
        assert [kinds(u) for u in users] == greeted  # not greeted twice
    finally:
        running.stop()
