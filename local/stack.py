"""The local stack: moto's DynamoDB server, the three handlers behind one HTTP server that passes
real API Gateway proxy events, the dispatcher on a timer, and the LINE emulator.

    python -m local [--port 3000] [--seed N]
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import secrets
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from local.apigw import LambdaContext, proxy_event, response_parts
from local.line_emulator import LineEmulator
from local.web import Request, Response, json_response, make_server, serve_in_thread

CONSOLE = Path(__file__).resolve().parent.parent / "console"  # the staff console's static files
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".svg": "image/svg+xml",
    ".txt": "text/plain; charset=utf-8",
}
# What the console reads at start (in AWS the same file is deployed with it, naming Cognito).
LOCAL_CONSOLE_CONFIG = {"auth": "token", "local": True}
DEFAULT_CHANNEL_SECRET = "local-channel-secret"
DEFAULT_CHANNEL_ACCESS_TOKEN = "local-channel-access-token"

# name -> (module, API Gateway resource). Imported on first use so that a handler another engineer
# has not finished yet only makes its own routes answer 503.
FUNCTIONS = {
    "webhook": "functions.webhook.handler",
    "admin_api": "functions.admin_api.handler",
    "dispatcher": "functions.dispatcher.handler",
}


LOCAL_BASIC_ID = "@000kuroge"


class PortTaken(RuntimeError):
    pass


def local_environment(port: int, moto_url: str, env: dict[str, str]) -> dict[str, str]:
    """What the handlers read, as the CDK stack would set it, for a local run."""
    from linecrm.settings import table_environment

    values = {
        **table_environment(),
        "AWS_ENDPOINT_URL_DYNAMODB": moto_url,
        "AWS_DEFAULT_REGION": "ap-northeast-1",
        "AWS_ACCESS_KEY_ID": "local",
        "AWS_SECRET_ACCESS_KEY": "local",
        "AUTH_MODE": "token",
        "ADMIN_TOKEN": env.get("ADMIN_TOKEN") or secrets.token_urlsafe(24),
        "LINE_CHANNEL_SECRET": env.get("LINE_CHANNEL_SECRET") or DEFAULT_CHANNEL_SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": env.get("LINE_CHANNEL_ACCESS_TOKEN") or DEFAULT_CHANNEL_ACCESS_TOKEN,
        "LINE_API_BASE_URL": env.get("LINE_API_BASE_URL") or f"http://127.0.0.1:{port}",
        # the entry routes' QR codes name this account (the emulator's: any fixed ID will do)
        "LINE_BASIC_ID": env.get("LINE_BASIC_ID") or LOCAL_BASIC_ID,
        "POWERTOOLS_TRACE_DISABLED": "true",
        "POWERTOOLS_METRICS_DISABLED": env.get("POWERTOOLS_METRICS_DISABLED", "true"),
        "POWERTOOLS_METRICS_NAMESPACE": "LineCrmLocal",
        "POWERTOOLS_LOG_LEVEL": env.get("POWERTOOLS_LOG_LEVEL", "WARNING"),
        "MEMBER_COUNT_FOLD_SECONDS": env.get(
            "MEMBER_COUNT_FOLD_SECONDS", "1"
        ),  # and Folder in the background
    }
    return values


class Functions:
    """The handlers, imported lazily; one invocation at a time per function, as one Lambda instance.

    While the stack warms up (imports the handlers and line-bot-sdk in the background), invocations
    wait for it: two threads importing the same modules at once can deadlock in Python's import
    system (`_DeadlockError` on `linebot.v3.webhook`)."""

    def __init__(self):
        self._modules: dict[str, Any] = {}
        self._locks = {name: threading.Lock() for name in FUNCTIONS}
        self._import_lock = threading.Lock()
        self.ready = threading.Event()
        self.ready.set()  # cleared by LocalStack while it warms up

    def load(self, name: str) -> Any:
        with self._import_lock:
            if name not in self._modules:
                self._modules[name] = importlib.import_module(FUNCTIONS[name])
            return self._modules[name]

    def invoke(self, name: str, event: dict[str, Any]) -> Any:
        self.ready.wait()
        handler = self.load(name).handler
        with self._locks[name]:
            timeout = 300.0 if name == "dispatcher" else 30.0  # as infra/ deploys them
            return handler(event, LambdaContext(name.replace("_", "-"), timeout))


def _unavailable(name: str, error: Exception) -> Response:
    return json_response(
        503,
        {"message": f"handler {FUNCTIONS[name]} is not available: {type(error).__name__}: {error}"},
    )


def scheduled_event() -> dict[str, Any]:
    """An EventBridge scheduled event, as the 5-minute rule delivers it."""
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    return {
        "version": "0",
        "id": secrets.token_hex(16),
        "detail-type": "Scheduled Event",
        "source": "aws.events",
        "account": "123456789012",
        "time": now,
        "region": "ap-northeast-1",
        "resources": ["arn:aws:events:ap-northeast-1:123456789012:rule/local-dispatch"],
        "detail": {},
    }


LOCAL_NAMES = ("127.0.0.1", "localhost", "::1")


def allowed_hosts(env: dict[str, str]) -> frozenset[str]:
    """Host names the stack answers to: this machine's, and ALLOWED_HOSTS (comma-separated)."""
    extra = (h.strip().lower() for h in env.get("ALLOWED_HOSTS", "").split(","))
    return frozenset(LOCAL_NAMES) | {h for h in extra if h}


def _hostname(netloc: str) -> str:
    return (urlsplit(f"//{netloc}").hostname or "") if netloc else ""


class LocalApp:
    """The HTTP routes of the local stack."""

    def __init__(
        self,
        emulator: LineEmulator,
        admin_token: str,
        functions: Functions | None = None,
        hosts: frozenset[str] | None = None,
    ):
        self.emulator = emulator
        self.admin_token = admin_token
        self.functions = functions or Functions()
        self.hosts = hosts if hosts is not None else allowed_hosts(dict(os.environ))
        self.last_dispatch: dict[str, Any] | None = None
        self.customers_changed = threading.Event()  # set after each webhook call (see Folder)

    def refusal(self, request: Request) -> str | None:
        """Why a request from elsewhere is refused: a Host that is not this machine's (DNS
        rebinding) or a page of another site (a cross-site form or fetch: its Origin). The signed
        /webhook is exempt: a tunnel to a real LINE channel reaches it under another host name."""
        if request.path == "/webhook":
            return None
        host = request.headers.get("host")
        if host is not None and _hostname(host) not in self.hosts:
            return f"host {host!r} is not allowed (add it to ALLOWED_HOSTS)"
        origin = request.headers.get("origin")
        if origin is not None and _hostname(urlsplit(origin).netloc) not in self.hosts:
            return f"cross-site request from {origin!r} refused"
        if request.headers.get("sec-fetch-site") == "cross-site":
            return "cross-site request refused"
        return None

    def __call__(self, request: Request) -> Response:
        if reason := self.refusal(request):
            return json_response(403, {"message": reason})
        emulated = self.emulator.handle(request)
        if emulated is not None:
            return emulated
        if request.path == "/webhook":
            try:
                return self._proxy("webhook", request, "/webhook")
            finally:
                self.customers_changed.set()
        if request.path == "/api" or request.path.startswith("/api/"):
            return self._proxy("admin_api", request, "/api/{proxy+}")
        if request.path == "/_local/dispatch" and request.method == "POST":
            return self.dispatch_now()
        if request.method in ("GET", "HEAD"):
            if request.path == "/config.json":
                return json_response(200, LOCAL_CONSOLE_CONFIG, {"Cache-Control": "no-cache"})
            static = console_file(request.path)
            if static is not None:
                return static
        return json_response(404, {"message": f"no route for {request.method} {request.path}"})

    def _proxy(self, name: str, request: Request, resource: str) -> Response:
        try:
            self.functions.load(name)
        except Exception as error:
            return _unavailable(name, error)
        proxy = request.path.removeprefix("/api/") if resource.endswith("{proxy+}") else None
        event = proxy_event(
            request.method,
            request.path,
            headers=_original_case(request.headers),
            body=request.body or None,
            query_string=request.query,
            resource=resource,
            path_parameters={"proxy": proxy} if proxy else None,
        )
        result = self.functions.invoke(name, event)
        status, headers, body = response_parts(result)
        return Response(status, headers, body)

    def dispatch_now(self) -> Response:
        try:
            self.functions.load("dispatcher")
        except Exception as error:
            return _unavailable("dispatcher", error)
        summary = self.functions.invoke("dispatcher", scheduled_event())
        self.last_dispatch = {"at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "summary": summary}
        return json_response(200, summary if isinstance(summary, dict) else {"summary": summary})


def console_file(path: str) -> Response | None:
    """A file of console/ (`/` is its index.html), as CloudFront serves it from S3 in AWS; None
    when there is no such file (also for any path that would leave the folder)."""
    name = "index.html" if path in ("/", "") else path.lstrip("/")
    file = (CONSOLE / name).resolve()
    if not file.is_relative_to(CONSOLE) or not file.is_file():
        return None
    headers = {
        "Content-Type": CONTENT_TYPES.get(file.suffix, "application/octet-stream"),
        "Cache-Control": "no-cache",
        # The console loads nothing from another origin (checked by the browser tests too).
        "Content-Security-Policy": "default-src 'self'; img-src 'self' https: data:; frame-ancestors 'none'",
        "X-Content-Type-Options": "nosniff",
    }
    return Response(200, headers, file.read_bytes())


def _original_case(headers: dict[str, str]) -> dict[str, str]:
    """Header names as a browser or LINE writes them (API Gateway keeps the client's case)."""
    return {"-".join(p.capitalize() for p in k.split("-")): v for k, v in headers.items()}


class _Background:
    """A thread running `_run` until `stop`, which waits for the work in progress to end (before
    moto and the server stop; a thread left running at shutdown can abort the interpreter)."""

    NAME = ""

    def __init__(self, app: LocalApp):
        self.app = app
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=self.NAME, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        raise NotImplementedError


class Scheduler(_Background):
    """Invokes the dispatcher every `interval` seconds, as the EventBridge rule does in AWS."""

    NAME = "dispatch-timer"

    def __init__(self, app: LocalApp, interval: float):
        super().__init__(app)
        self.interval = interval

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                response = self.app.dispatch_now()
                summary = json.loads(response.body or b"{}")
                print(f"[dispatcher] {time.strftime('%H:%M:%S')} {response.status} {summary}", flush=True)
            except Exception as error:  # the timer keeps going, as EventBridge would
                print(f"[dispatcher] failed: {type(error).__name__}: {error}", flush=True)


class Folder(_Background):
    """Folds customers' changes into the member counts in the background, while the webhook keeps
    changing them (a registration burst): in AWS the dispatcher's 5-minute run does it with a
    minute to spare, locally `/_local/dispatch` is a request someone waits for, so its own fold
    is short (MEMBER_COUNT_FOLD_SECONDS) and this thread does the rest. Idle when nothing changed.

    It folds once the webhook has been quiet for QUIET_SECONDS, and during a burst at least every
    MAX_DELAY_SECONDS: folding after every webhook call put a Query of `by_recount` (and, after a
    registration, a read and a transaction) on moto's one-at-a-time server in the middle of the
    next event's calls (1 to 4 more calls for 6 to 9 of the event's own). The counts are exact
    either way: customers not yet folded are counted when read.

    It folds STEP customers at a time (one transaction each): moto's server takes one request at a
    time, and a transaction of 32 customers (the fold's largest) held it for ~80 ms, that long a
    stall for every webhook event waiting behind it. While webhook calls keep coming, it pauses
    after each step for PAUSE_RATIO times as long as the step took, so that an event waits behind
    one step at most, never behind a whole backlog (100 registrations folded in one go put 13
    transactions in front of the next events: their p99 went from ~60 to ~140 ms), and the fold
    still keeps up with a burst (one step in three: ~8 customers per 30 ms here)."""

    QUIET_SECONDS = 0.5
    MAX_DELAY_SECONDS = 5.0
    STEP = 8
    PAUSE_RATIO = 2.0
    NAME = "member-count-fold"

    def _settle(self, changed: threading.Event) -> None:
        """Returns once no change came for QUIET_SECONDS, or MAX_DELAY_SECONDS after the first."""
        first = time.monotonic()
        while not self._stop.is_set():
            changed.clear()
            left = self.MAX_DELAY_SECONDS - (time.monotonic() - first)
            if left <= 0 or not changed.wait(min(self.QUIET_SECONDS, left)):
                return

    def _run(self) -> None:
        from linecrm.logic import member_counts

        changed = self.app.customers_changed
        while not self._stop.is_set():
            if not changed.wait(0.5):
                continue
            self._settle(changed)
            try:
                while not self._stop.is_set():
                    started = time.monotonic()
                    if not member_counts.fold(max_customers=self.STEP)["folded"]:
                        break
                    if changed.is_set():  # the webhook is busy: a pause lets its waiting calls through
                        changed.clear()
                        self._stop.wait(self.PAUSE_RATIO * (time.monotonic() - started))
            except Exception as error:  # the counts stay exact without a fold: only slower to read
                print(f"[member counts] fold failed: {type(error).__name__}: {error}", flush=True)


class LocalStack:
    def __init__(
        self,
        port: int = 3000,
        host: str = "127.0.0.1",
        dispatch_interval: float = 300.0,
        data_path: Path | None = None,
        fresh: bool = False,
    ):
        self.port, self.host, self.dispatch_interval = port, host, dispatch_interval
        self.data_path, self.fresh = data_path, fresh
        self.loaded: dict[str, int] = {}
        self.server = None
        self.moto = None
        self.not_saved = ""  # why the data could not be saved on stop, if it could not
        self.scheduler: Scheduler | None = None
        self._warming_up: threading.Thread | None = None
        self.url = ""
        self.rich_menu_id: str | None = None  # set by the warm-up (set_up_rich_menu)

    def start(self) -> LocalStack:
        environ = os.environ
        placeholder = lambda request: json_response(503, {"message": "starting"})  # noqa: E731
        try:  # bind first: a taken port is reported before anything else starts
            self.server = make_server(placeholder, self.host, self.port)
        except OSError as error:
            raise PortTaken(f"port {self.port} on {self.host} is not available ({error.strerror})") from None
        self.port = self.server.server_address[1]
        self.url = f"http://{self.host}:{self.port}"
        from local import dynamodb

        self.moto = dynamodb.DynamoDBProcess()  # starts while this process imports the rest
        import boto3

        from linecrm import tables
        from linecrm.dal import dynamo

        moto_url = self.moto.wait_until_serving()
        environ.update(local_environment(self.port, moto_url, dict(environ)))
        environ.pop("AWS_PROFILE", None)
        dynamo.reset_caches()
        self.client = boto3.client("dynamodb", endpoint_url=moto_url)
        tables.create_all(self.client)
        if self.data_path and not self.fresh:
            from local import persistence

            self.loaded = persistence.load(self.client, self.data_path)
        self.moto_url = moto_url
        self.admin_token = environ["ADMIN_TOKEN"]
        self.emulator = LineEmulator(
            channel_access_token=environ["LINE_CHANNEL_ACCESS_TOKEN"],
            channel_secret=environ["LINE_CHANNEL_SECRET"],
            webhook_url=f"{self.url}/webhook",
            multicast_rate_per_second=float(environ.get("EMULATOR_MULTICAST_RATE_PER_SECOND", "200")),
        )
        share = float(environ.get("EMULATOR_FAULT_SHARE", "0") or 0)
        if share:
            statuses = tuple(int(s) for s in environ.get("EMULATOR_FAULT_STATUSES", "429,500").split(","))
            self.emulator.set_faults(share, statuses)
        self.emulator.url = self.url
        if self.loaded.get(tables.CUSTOMERS.name):
            self._mirror_customers()
        self.app = LocalApp(self.emulator, self.admin_token)
        self.app.functions.ready.clear()  # set by the warm-up
        self.server.RequestHandlerClass.app = staticmethod(self.app)
        serve_in_thread(self.server)
        self.scheduler = Scheduler(self.app, self.dispatch_interval)
        self.scheduler.start()
        self.folder = Folder(self.app)
        self.folder.start()
        self._warming_up = threading.Thread(target=self._warm_up, name="warm-up", daemon=True)
        self._warming_up.start()
        return self

    def _warm_up(self) -> None:
        """Load the handlers and line-bot-sdk in the background once serving, as SnapStart has them
        loaded in AWS: otherwise the first webhook pays ~2 s of imports, past LINE's 2-second limit.
        Invocations wait until it is done (Functions.ready)."""
        try:
            for name in FUNCTIONS:
                with contextlib.suppress(Exception):  # reported with a 503 when the route is called
                    self.app.functions.load(name)
            from linecrm import line_api

            with contextlib.suppress(Exception):
                line_api.warm_up()
            # Before invocations start: its imports never race a handler's (see Functions).
            self.set_up_rich_menu()
            from local import gc_pauses

            gc_pauses.settle()  # the imports' objects out of every later full collection's walk
        finally:
            self.app.functions.ready.set()

    def set_up_rich_menu(self) -> None:
        """The rich menu, created by the deploy command's own function through the Messaging API of
        the built-in emulator (never on an external LINE_API_BASE_URL: that is `make rich-menu`)."""
        environ = os.environ
        emulator_url = f"http://127.0.0.1:{self.port}"
        if environ["LINE_API_BASE_URL"].rstrip("/") != emulator_url:
            return
        from richmenu import deploy

        started = time.monotonic()
        try:
            result = deploy.create(emulator_url, emulator_url, environ["LINE_CHANNEL_ACCESS_TOKEN"])
            self.rich_menu_id = result.rich_menu_id
            print(
                f"[rich menu] {result.rich_menu_id} is the default menu (richmenu/menu.py; "
                f"{time.monotonic() - started:.2f} s)",
                flush=True,
            )
        except Exception as error:  # the stack serves without it
            print(f"[rich menu] not set up: {type(error).__name__}: {error}", flush=True)

    def _mirror_customers(self) -> None:
        """Customers loaded from the saved data appear in the emulator's chat list again."""
        from linecrm.dal.dynamo import query_all, table

        for item in query_all(
            table("customers_table"), scan=True, ProjectionExpression="user_id, display_name, blocked"
        ):
            self.emulator.add_customer(item["user_id"], item.get("display_name"))
            if item.get("blocked"):
                self.emulator.block(item["user_id"])

    def save(self) -> dict[str, int]:
        from local import persistence

        return persistence.save(self.client, self.data_path)

    def stop(self) -> dict[str, int]:
        """Stops everything; returns what was saved (items per table), {} when nothing was."""
        saved: dict[str, int] = {}
        if self._warming_up:
            # Joined, not left to die with the process: a daemon thread still importing or printing
            # when the interpreter shuts down can abort it (SIGABRT, exit -6, seen on a slow machine
            # stopped right after start). It needs the server (the rich menu), so it goes first.
            self._warming_up.join()
        if self.scheduler:
            self.scheduler.stop()
            self.folder.stop()
        if self.server:
            self.server.shutdown()
            self.server.server_close()
        if self.moto:
            exit_status = self.moto.process.poll()
            if self.data_path and exit_status is None:
                saved = self.save()
            elif self.data_path:  # moto's server was stopped from outside: its data is gone with it
                self.not_saved = f"moto's DynamoDB server had stopped (exit status {exit_status})"
            self.moto.stop()
        return saved
