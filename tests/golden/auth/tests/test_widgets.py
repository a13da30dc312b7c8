"""Calls every method of ``client.widgets`` against the mock server, sync and async."""

from __future__ import annotations

import builtins

import pytest

from auth_api import (
    APIResponse,
    AsyncAuthAPI,
    AsyncStreamedAPIResponse,
    AuthAPI,
    StreamedAPIResponse,
)
from auth_api.types import Widget
from tests.utils import assert_matches_type


class TestWidgets:
    def test_list(self, client: AuthAPI) -> None:
        result = client.widgets.list()
        assert_matches_type(builtins.list[Widget], result)

    def test_list_raw_response(self, client: AuthAPI) -> None:
        response = client.widgets.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(builtins.list[Widget], response.parse())

    def test_list_streaming_response(self, client: AuthAPI) -> None:
        with client.widgets.with_streaming_response.list() as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(builtins.list[Widget], response.parse())
        assert response.is_closed

    def test_create(self, client: AuthAPI) -> None:
        result = client.widgets.create(
            name="name",
        )
        assert_matches_type(Widget, result)

    def test_create_raw_response(self, client: AuthAPI) -> None:
        response = client.widgets.with_raw_response.create(
            name="name",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Widget, response.parse())

    def test_create_streaming_response(self, client: AuthAPI) -> None:
        with client.widgets.with_streaming_response.create(
            name="name",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Widget, response.parse())
        assert response.is_closed

    def test_retrieve(self, client: AuthAPI) -> None:
        result = client.widgets.retrieve(
            widget_id="widget_id",
        )
        assert_matches_type(Widget, result)

    def test_retrieve_raw_response(self, client: AuthAPI) -> None:
        response = client.widgets.with_raw_response.retrieve(
            widget_id="widget_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Widget, response.parse())

    def test_retrieve_streaming_response(self, client: AuthAPI) -> None:
        with client.widgets.with_streaming_response.retrieve(
            widget_id="widget_id",
        ) as response:
            assert isinstance(response, StreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Widget, response.parse())
        assert response.is_closed

    def test_retrieve_refuses_empty_widget_id(self, client: AuthAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            client.widgets.retrieve(
                widget_id="",
            )


class TestAsyncWidgets:
    @pytest.mark.anyio
    async def test_list(self, async_client: AsyncAuthAPI) -> None:
        result = await async_client.widgets.list()
        assert_matches_type(builtins.list[Widget], result)

    @pytest.mark.anyio
    async def test_list_raw_response(self, async_client: AsyncAuthAPI) -> None:
        response = await async_client.widgets.with_raw_response.list()
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(builtins.list[Widget], response.parse())

    @pytest.mark.anyio
    async def test_list_streaming_response(self, async_client: AsyncAuthAPI) -> None:
        async with async_client.widgets.with_streaming_response.list() as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(builtins.list[Widget], await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_create(self, async_client: AsyncAuthAPI) -> None:
        result = await async_client.widgets.create(
            name="name",
        )
        assert_matches_type(Widget, result)

    @pytest.mark.anyio
    async def test_create_raw_response(self, async_client: AsyncAuthAPI) -> None:
        response = await async_client.widgets.with_raw_response.create(
            name="name",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Widget, response.parse())

    @pytest.mark.anyio
    async def test_create_streaming_response(self, async_client: AsyncAuthAPI) -> None:
        async with async_client.widgets.with_streaming_response.create(
            name="name",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Widget, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve(self, async_client: AsyncAuthAPI) -> None:
        result = await async_client.widgets.retrieve(
            widget_id="widget_id",
        )
        assert_matches_type(Widget, result)

    @pytest.mark.anyio
    async def test_retrieve_raw_response(self, async_client: AsyncAuthAPI) -> None:
        response = await async_client.widgets.with_raw_response.retrieve(
            widget_id="widget_id",
        )
        assert isinstance(response, APIResponse)
        assert 200 <= response.status_code < 300
        assert_matches_type(Widget, response.parse())

    @pytest.mark.anyio
    async def test_retrieve_streaming_response(self, async_client: AsyncAuthAPI) -> None:
        async with async_client.widgets.with_streaming_response.retrieve(
            widget_id="widget_id",
        ) as response:
            assert isinstance(response, AsyncStreamedAPIResponse)
            assert 200 <= response.status_code < 300
            assert_matches_type(Widget, await response.parse())
        assert response.is_closed

    @pytest.mark.anyio
    async def test_retrieve_refuses_empty_widget_id(self, async_client: AsyncAuthAPI) -> None:
        with pytest.raises(ValueError, match="non-empty value for the path parameter"):
            await async_client.widgets.retrieve(
                widget_id="",
            )
