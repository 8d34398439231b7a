// Copyright (C) 2023 Gianni Rosa Gallina. All rights reserved.
//
// Licensed under the Apache License, Version 2.0 (the "License").
// You may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//      http://www.apache.org/licenses/LICENSE-2.0.
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

namespace LlamaSharpApiServer.Models;

public class AppSettings
{
    public int ServerPort { get; set; }
    public string ModelsPath { get; set; } = string.Empty;
    public string Model { get; set; } = string.Empty;
    public ModelSettings ModelSettings { get; set; } = new();
}
