"""/api/customers: search, detail with history, tags (SPEC §7)."""

from __future__ import annotations

from typing import Annotated, Literal

from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from aws_lambda_powertools.event_handler.router import APIGatewayRouter

from functions.admin_api.auth import current_staff
from functions.admin_api.responses import NOT_FOUND, documented
from linecrm.dal import customer_tags
from linecrm.domain.admin_models import CustomerDetail, CustomerList, TagList, TagsOut
from linecrm.domain.ages import MAX_AGE, MIN_AGE
from linecrm.domain.customer_filter import CustomerFilter
from linecrm.logic import customers

router = APIGatewayRouter()

UserId = Annotated[str, Path(min_length=1, max_length=64)]
TagName = Annotated[str, Path(min_length=1, max_length=50)]
Age = Annotated[int | None, Query(ge=MIN_AGE, le=MAX_AGE)]


@router.get("/customers", summary="Search customers (filters combine with AND)", responses=documented())
def list_customers(
    name: Annotated[str | None, Query(max_length=50, description="part of the LINE display name")] = None,
    gender: Annotated[Literal["male", "female", "unknown"] | None, Query()] = None,
    age_min: Age = None,
    age_max: Age = None,
    group_id: Annotated[str | None, Query(max_length=64)] = None,
    tag: Annotated[str | None, Query(max_length=50)] = None,
    blocked: Annotated[bool | None, Query()] = None,
    registered: Annotated[bool | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=customers.MAX_PAGE)] = 50,
    cursor: Annotated[
        str | None, Query(max_length=512, description="next_cursor of the previous page")
    ] = None,
) -> CustomerList:
    criteria = CustomerFilter(
        gender=gender,
        age_min=age_min,
        age_max=age_max,
        blocked=blocked,
        registered=registered,
        name=(name or "").strip() or None,
    )
    found, next_cursor = customers.search(criteria, group_id, tag, limit, cursor)
    return CustomerList.model_validate({"customers": found, "next_cursor": next_cursor})


@router.get(
    "/customers/<user_id>", summary="One customer with tags and history", responses=documented(NOT_FOUND)
)
def get_customer(
    user_id: UserId,
    history_limit: Annotated[int | None, Query(ge=1, le=1000, description="newest N entries only")] = None,
) -> CustomerDetail:
    return CustomerDetail.model_validate(customers.detail(user_id, history_limit))


@router.put("/customers/<user_id>/tags/<tag>", summary="Tag a customer", responses=documented(NOT_FOUND))
def tag_customer(user_id: UserId, tag: TagName) -> TagsOut:
    return TagsOut(user_id=user_id, tags=customers.tag(user_id, tag, current_staff(router)))


@router.delete(
    "/customers/<user_id>/tags/<tag>", summary="Remove a tag from a customer", responses=documented(NOT_FOUND)
)
def untag_customer(user_id: UserId, tag: TagName) -> TagsOut:
    return TagsOut(user_id=user_id, tags=customers.untag(user_id, tag))


@router.get("/tags", summary="Every tag in use (the composer's 配信先 lists them)", responses=documented())
def list_tags() -> TagList:
    return TagList(tags=customer_tags.all_tags())
