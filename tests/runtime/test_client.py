"""The two clients, their lifecycle and their configuration, over real HTTP."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from pathlib import Path

import httpx
import pytest
from llamacloud import (
    APIConnectionError,
    APITimeoutError,
    AsyncLlamaCloud,
    LlamaCloud,
    LlamaCloudError,
    __version__,
)
from llamacloud._pagination import AsyncCursorPage, SyncCursorPage

from tests.support.fake_api import API_KEY, FakeAPI, Reply


def test_both_clients_have_the_same_resources(api: FakeAPI) -> None:
    with LlamaCloud(api_key=API_KEY, base_url=api.url) as client:
        page = client.classifier.jobs.list()
    assert isinstance(page, SyncCursorPage)
    assert [job.user_id for job in page.items] == [f"user-{i}" for i in range(10)]


@pytest.mark.anyio
async def test_async_client_lists_the_same_jobs(api: FakeAPI) -> None:
    async with AsyncLlamaCloud(api_key=API_KEY, base_url=api.url) as client:
        page = await client.classifier.jobs.list()
    assert isinstance(page, AsyncCursorPage)
    assert [job.user_id for job in page.items] == [f"user-{i}" for i in range(10)]


def test_context_manager_and_close_release_the_connection_pool(api: FakeAPI) -> None:
    with LlamaCloud(api_key=API_KEY, base_url=api.url) as client:
        client.classifier.jobs.list()
        assert not client._http.is_closed
    assert client._http.is_closed
    other = LlamaCloud(api_key=API_KEY, base_url=api.url)
    other.close()
    other.close()  # closing twice is harmless
    assert other._http.is_closed


@pytest.mark.anyio
async def test_async_context_manager_and_close(api: FakeAPI) -> None:
    async with AsyncLlamaCloud(api_key=API_KEY, base_url=api.url) as client:
        await client.classifier.jobs.list()
        assert not client._http.is_closed
    assert client._http.is_closed
    other = AsyncLlamaCloud(api_key=API_KEY, base_url=api.url)
    await other.close()
    assert other._http.is_closed


def test_missing_api_key_fails_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LLAMA_CLOUD_API_KEY", raising=False)
    for client_class in (LlamaCloud, AsyncLlamaCloud):
        with pytest.raises(
            LlamaCloudError, match="pass api_key=... or set the LLAMA_CLOUD_API_KEY"
        ):
            client_class(base_url="http://127.0.0.1:9")


def test_api_key_and_base_url_come_from_the_environment(
    api: FakeAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LLAMA_CLOUD_API_KEY", API_KEY)
    monkeypatch.setenv("LLAMA_CLOUD_BASE_URL", api.url)
    with LlamaCloud() as client:
        assert client.classifier.jobs.list().total_size == 25
    assert api.requests[-1].headers["authorization"] == f"Bearer {API_KEY}"


@pytest.mark.anyio
async def test_async_client_reads_the_environment_too(
    api: FakeAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LLAMA_CLOUD_API_KEY", API_KEY)
    monkeypatch.setenv("LLAMA_CLOUD_BASE_URL", api.url)
    async with AsyncLlamaCloud() as client:
        assert (await client.classifier.jobs.list()).total_size == 25


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LLAMA_CLOUD_BASE_URL", raising=False)
    with LlamaCloud(api_key=API_KEY) as client:
        assert str(client.base_url) == "https://api.cloud.llamaindex.ai"  # the spec's server
        assert isinstance(client.timeout, httpx.Timeout)
        assert client.timeout.read == 60.0
        assert client.max_retries == 2


def test_user_agent_names_the_sdk_and_its_version(client: LlamaCloud, api: FakeAPI) -> None:
    client.classifier.jobs.list()
    assert api.requests[-1].headers["user-agent"] == f"llamacloud-python/{__version__}"


def test_default_headers_and_per_call_headers_and_query(api: FakeAPI) -> None:
    with LlamaCloud(
        api_key=API_KEY, base_url=api.url, default_headers={"X-Team": "search", "X-Trace": "client"}
    ) as client:
        client.classifier.jobs.list(
            page_size=3,
            extra_headers={"X-Trace": "call"},
            extra_query={"include": "rules", "page_size": 4},
        )
    sent = api.requests[-1]
    assert sent.headers["x-team"] == "search"
    assert sent.headers["x-trace"] == "call"  # the call's header wins over the client's
    assert sent.query["include"] == ["rules"]
    assert sent.query["page_size"] == ["4"]  # extra_query has the last word


def test_timeout_in_seconds_per_client_and_per_call(api: FakeAPI) -> None:
    api.script(Reply(delay=0.5), Reply(delay=0.5))
    with LlamaCloud(api_key=API_KEY, base_url=api.url, timeout=0.1, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            client.classifier.jobs.list()
        assert client.classifier.jobs.list(timeout=5).items  # the call's timeout wins


@pytest.mark.anyio
async def test_async_timeout_as_httpx_timeout(api: FakeAPI) -> None:
    api.script(Reply(delay=0.5))
    async with AsyncLlamaCloud(
        api_key=API_KEY, base_url=api.url, timeout=httpx.Timeout(5.0, read=0.1), max_retries=0
    ) as client:
        with pytest.raises(APITimeoutError) as caught:
            await client.classifier.jobs.list()
    assert isinstance(caught.value, APIConnectionError)


def test_own_http_client_is_used_and_left_open(api: FakeAPI) -> None:
    seen: list[str] = []
    http = httpx.Client(
        headers={"X-Proxy-Tag": "mine"},
        event_hooks={"request": [lambda r: seen.append(r.url.path)]},
    )
    with LlamaCloud(api_key=API_KEY, base_url=api.url, http_client=http) as client:
        client.classifier.jobs.list()
    assert seen == ["/api/v1/classifier/jobs"]
    assert api.requests[-1].headers["x-proxy-tag"] == "mine"
    assert not http.is_closed  # it is the caller's to close
    http.close()


@pytest.mark.anyio
async def test_async_own_http_client(api: FakeAPI) -> None:
    async with httpx.AsyncClient(headers={"X-Proxy-Tag": "mine"}) as http:
        async with AsyncLlamaCloud(api_key=API_KEY, base_url=api.url, http_client=http) as client:
            await client.classifier.jobs.list()
        assert not http.is_closed
    assert api.requests[-1].headers["x-proxy-tag"] == "mine"


def test_invalid_max_retries_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries must be 0 or more"):
        LlamaCloud(api_key=API_KEY, base_url="http://127.0.0.1:9", max_retries=-1)


def test_empty_path_parameter_is_refused_before_sending() -> None:
    from llamacloud._base_client import RequestOptions

    with LlamaCloud(api_key=API_KEY, base_url="http://127.0.0.1:9") as client:
        with pytest.raises(ValueError, match="non-empty value for the path parameter 'job_id'"):
            client._build_request(
                client._http, RequestOptions("get", "/jobs/{job_id}", path_params={"job_id": ""})
            )
        request = client._build_request(
            client._http, RequestOptions("get", "/jobs/{id}", path_params={"id": ".."})
        )
    assert request.url.raw_path == b"/jobs/%2E%2E"  # not /, where .. would lead


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


def test_tls_certificates_are_verified_by_default(self_signed: tuple[Path, Path]) -> None:
    cert, key = self_signed
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    with FakeAPI(tls=server_tls) as api:
        with (
            LlamaCloud(api_key=API_KEY, base_url=api.url, max_retries=0) as client,
            pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"),
        ):
            client.classifier.jobs.list()
        # Trusting that certificate through one's own httpx client works.
        trusting = ssl.create_default_context(cafile=cert)
        with (
            httpx.Client(verify=trusting) as http,
            LlamaCloud(api_key=API_KEY, base_url=api.url, http_client=http) as client,
        ):
            assert len(client.classifier.jobs.list().items) == 3
