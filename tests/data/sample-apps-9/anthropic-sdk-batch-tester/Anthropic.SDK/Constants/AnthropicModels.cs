using System;

namespace Anthropic.SDK.Constants
{


    /// <summary>
    /// Constants that represent Anthropic Models.
    /// </summary>
    public static class AnthropicModels
    {
        /// <summary>
        /// Claude 4.6 Opus
        /// </summary>
        public const string Claude46Opus = "claude-opus-4-6";

        /// <summary>
        /// Claude 4.6 Opus
        /// </summary>
        public const string Claude46Sonnet = "claude-sonnet-4-6";

        /// <summary>
        /// Claude 4.5 Opus
        /// </summary>
        public const string Claude45Opus = "claude-opus-4-5-20251101";

        /// <summary>
        /// Claude 4 Sonnet
        /// </summary>
        public const string Claude4Sonnet = "claude-sonnet-4-20250514";

        /// <summary>
        /// Claude 4.5 Sonnet
        /// </summary>
        public const string Claude45Sonnet = "claude-sonnet-4-5-20250929";

        /// <summary>
        /// Claude 4 Opus
        /// </summary>
        public const string Claude4Opus = "claude-opus-4-20250514";

        /// <summary>
        /// Claude 4.1 Opus
        /// </summary>
        public const string Claude41Opus = "claude-opus-4-1-20250805";        

        /// <summary>
        /// Claude 4.5 Haiku
        /// </summary>
        public const string Claude45Haiku = "claude-haiku-4-5-20251001";

    }
}
