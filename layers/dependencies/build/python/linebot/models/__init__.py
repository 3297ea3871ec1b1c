# -*- coding: utf-8 -*-

#  Licensed under the Apache License, Version 2.0 (the "License"); you may
#  not use this file except in compliance with the License. You may obtain
#  a copy of the License at
#
#       https://www.apache.org/licenses/LICENSE-2.0
#
#  Unless required by applicable law or agreed to in writing, software
#  distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
#  WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the
#  License for the specific language governing permissions and limitations
#  under the License.

"""linebot.models package."""

from .actions import (  # noqa
    Action,
    PostbackAction,
    MessageAction,
    URIAction,
    DatetimePickerAction,
    CameraAction,
    CameraRollAction,
    LocationAction,
    RichMenuSwitchAction,
    Action as TemplateAction,  # backward compatibility
    PostbackAction as PostbackTemplateAction,  # backward compatibility
    MessageAction as MessageTemplateAction,  # backward compatibility
    URIAction as URITemplateAction,  # backward compatibility
    DatetimePickerAction as DatetimePickerTemplateAction,  # backward compatibility
    AltUri,
)
from .base import (  # noqa
    Base,
)
from .error import (  # noqa
    Error,
    ErrorDetail,
)
from .events import (  # noqa
    Event,
    MessageEvent,
    FollowEvent,
    UnfollowEvent,
    JoinEvent,
    LeaveEvent,
    PostbackEvent,
    AccountLinkEvent,
    MemberJoinedEvent,
    MemberLeftEvent,
    BeaconEvent,
    ThingsEvent,
    UnknownEvent,
    Postback,
    Beacon,
    Link,
    VideoPlayCompleteEvent,
    UnsendEvent,
)
from .filter import (  # noqa
    Filter,
    DemographicFilter,
    GenderFilter,
    AppTypeFilter,
    AreaFilter,
    AgeFilter,
    SubscriptionPeriodFilter,
)

from .flex_message import (  # noqa
    FlexSendMessage,
    FlexContainer,
    BubbleContainer,
    BubbleStyle,
    BlockStyle,
    CarouselContainer,
    FlexComponent,
    BoxComponent,
    ButtonComponent,
    FillerComponent,
    IconComponent,
    ImageComponent,
    SeparatorComponent,
    TextComponent,
    SpanComponent,
    VideoComponent
)
from .imagemap import (  # noqa
    ImagemapSendMessage,
    BaseSize,
    ImagemapAction,
    URIImagemapAction,
    MessageImagemapAction,
    ImagemapArea,
    Video,
    ExternalLink,
)
from .insight import (  # noqa
    DemographicInsight,
    AgeInsight,
    AreaInsight,
    AppTypeInsight,
    GenderInsight,
    SubscriptionPeriodInsight,
    MessageStatistics,
    MessageInsight,
    ClickInsight,
    JobInsight,
)

from .limit import (  # noqa
    Limit,
)

from .messages import (  # noqa
    Message,
    TextMessage,
    ImageMessage,
    VideoMessage,
    AudioMessage,
    LocationMessage,
    StickerMessage,
    FileMessage,
)

from .operator import (  # noqa
    And,
    Or,
    Not
)

from .recipient import (  # noqa
    AudienceRecipient,
    RedeliveryRecipient
)

from .responses import (  # noqa
    Profile,
    MemberIds,
    Content,
    RichMenuResponse,
    MessageQuotaResponse,
    MessageQuotaConsumptionResponse,
    MessageDeliveryBroadcastResponse,
    MessageDeliveryReplyResponse,
    MessageDeliveryMulticastResponse,
    MessageDeliveryPushResponse,
    Content as MessageContent,  # backward compatibility,
    IssueLinkTokenResponse,
    IssueChannelTokenResponse,
    InsightMessageDeliveryResponse,
    InsightFollowersResponse,
    InsightDemographicResponse,
    InsightMessageEventResponse,
    BroadcastResponse,
    NarrowcastResponse,
    ValidateReplyMessageObjectsResponse,
    ValidatePushMessageObjectsResponse,
    ValidateMulticastMessageObjectsResponse,
    ValidateBroadcastMessageObjectsResponse,
    ValidateNarrowcastMessageObjectsResponse,
    MessageProgressNarrowcastResponse,
    BotInfo,
    GetWebhookResponse,
    TestWebhookResponse,
    AudienceGroup,
    ClickAudienceGroup,
    ImpAudienceGroup,
    GetAuthorityLevel,
    Audience,
    CreateAudienceGroup,
)
from .rich_menu import (  # noqa
    RichMenu,
    RichMenuSize,
    RichMenuArea,
    RichMenuBounds,
    RichMenuAlias,
)
from .send_messages import (  # noqa
    SendMessage,
    TextSendMessage,
    ImageSendMessage,
    VideoSendMessage,
    AudioSendMessage,
    LocationSendMessage,
    StickerSendMessage,
    QuickReply,
    QuickReplyButton,
    Sender,
)
from .sources import (  # noqa
    Source,
    SourceUser,
    SourceGroup,
    SourceRoom,
)
from .template import (  # noqa
    TemplateSendMessage,
    Template,
    ButtonsTemplate,
    ConfirmTemplate,
    CarouselTemplate,
    CarouselColumn,
    ImageCarouselTemplate,
    ImageCarouselColumn,
)
from .things import (  # noqa
    DeviceLink,
    DeviceUnlink,
    ScenarioResult,
    ActionResult,
    Things,
)

from .background import (  # noqa
    Background,
    LinearGradientBackground,
)

from .emojis import (  # noqa
    Emojis
)
