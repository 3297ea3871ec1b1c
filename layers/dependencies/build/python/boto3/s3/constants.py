# Copyright 2023 Amazon.com, Inc. or its affiliates. All Rights Reserved.
#
# Licensed under the Apache License, Version 2.0 (the "License"). You
# may not use this file except in compliance with the License. A copy of
# the License is located at
#
# https://aws.amazon.com/apache2.0/
#
# or in the "license" file accompanying this file. This file is
# distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF
# ANY KIND, either express or implied. See the License for the specific
# language governing permissions and limitations under the License.


# TransferConfig preferred_transfer_client settings
CLASSIC_TRANSFER_CLIENT = "classic"
CRT_TRANSFER_CLIENT = "crt"
AUTO_RESOLVE_TRANSFER_CLIENT = "auto"
