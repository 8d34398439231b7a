using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;

namespace ModelLicenseGuard.Testing;

/// <summary>
/// The Hugging Face Hub's model API on a <see cref="LoopbackServer"/>: <c>GET /api/models/{org}/{name}</c> and
/// <c>…/revision/{revision}</c>, answering in the Hub's own format (<see cref="ModelJson"/>) or with the status, body
/// and delay a test sets. Unknown paths answer 404 as the Hub does, with its JSON error body.
/// </summary>
public sealed class LoopbackHub : IDisposable
{
    private readonly ConcurrentDictionary<string, Answer> _answers = new(StringComparer.Ordinal);
    private readonly LoopbackServer _server;

    public LoopbackHub()
    {
        _server = LoopbackServer.Start(Respond);
    }

    /// <summary>What a request for a path gets.</summary>
    public sealed record Answer(int Status, byte[] Body, TimeSpan Delay);

    /// <summary>The endpoint, as <c>ModelLicenseGuardHubEndpoint</c> or <c>HF_ENDPOINT</c> names it.</summary>
    public string Endpoint => _server.Address;

    public IReadOnlyList<LoopbackRequest> Requests => _server.Requests;

    /// <summary>The API path of a model, at a revision when one is given.</summary>
    public static string PathOf(string id, string? revision = null) => "/api/models/" + id + (revision is null ? string.Empty : "/revision/" + revision);

    /// <summary>Serves <paramref name="body"/> (by default the Hub's answer for a model with these fields) for the model.</summary>
    public LoopbackHub Serve(string id, string body, string? revision = null, int status = 200, TimeSpan delay = default)
    {
        _answers[PathOf(id, revision)] = new Answer(status, Encoding.UTF8.GetBytes(body), delay);
        return this;
    }

    public LoopbackHub Serve(string id, byte[] body, int status = 200)
    {
        _answers[PathOf(id)] = new Answer(status, body, TimeSpan.Zero);
        return this;
    }

    /// <summary>How many requests asked for <paramref name="path"/> exactly.</summary>
    public int Count(string path) => Requests.Count(request => request.Path == path);

    /// <summary>
    /// An answer in the format <c>https://huggingface.co/api/models/{id}</c> has: the model's ids, commit, gating, tags
    /// (with the <c>license:</c> and <c>base_model:</c> tags the Hub derives from the card), the card's metadata, the
    /// files, and the fields the look-up has no use for.
    /// </summary>
    public static string ModelJson(
        string id,
        string? license = null,
        string? licenseName = null,
        string? licenseLink = null,
        string? baseModel = null,
        string sha = "9f1e2d3c4b5a69788766554433221100ffeeddcc",
        object? gated = null,
        bool withCardData = true)
    {
        var tags = new List<string> { "transformers", "safetensors", "llama", "text-generation", "conversational", "en" };
        if (baseModel is not null)
        {
            tags.Add("base_model:" + baseModel);
            tags.Add("base_model:finetune:" + baseModel);
        }

        if (license is not null)
        {
            tags.Add("license:" + license);
        }

        tags.Add("region:us");
        var cardData = new Dictionary<string, object?> { ["language"] = new[] { "en" }, ["library_name"] = "transformers", ["pipeline_tag"] = "text-generation" };
        if (license is not null)
        {
            cardData["license"] = license;
        }

        if (licenseName is not null)
        {
            cardData["license_name"] = licenseName;
        }

        if (licenseLink is not null)
        {
            cardData["license_link"] = licenseLink;
        }

        if (baseModel is not null)
        {
            cardData["base_model"] = baseModel;
        }

        var answer = new Dictionary<string, object?>
        {
            ["_id"] = "66e2a0f8c4d2b1a3e5f70812",
            ["id"] = id,
            ["private"] = false,
            ["pipeline_tag"] = "text-generation",
            ["library_name"] = "transformers",
            ["tags"] = tags,
            ["downloads"] = 12345,
            ["likes"] = 67,
            ["modelId"] = id,
            ["author"] = id.Split('/')[0],
            ["sha"] = sha,
            ["lastModified"] = "2024-09-25T14:01:22.000Z",
            ["createdAt"] = "2024-09-12T08:30:00.000Z",
            ["gated"] = gated ?? false,
            ["disabled"] = false,
            ["widgetData"] = new[] { new Dictionary<string, string> { ["text"] = "Hi, what can you help me with?" } },
            ["model-index"] = null,
            ["config"] = new Dictionary<string, object> { ["architectures"] = new[] { "LlamaForCausalLM" }, ["model_type"] = "llama" },
            ["cardData"] = withCardData ? cardData : null,
            ["transformersInfo"] = new Dictionary<string, string> { ["auto_model"] = "AutoModelForCausalLM", ["pipeline_tag"] = "text-generation", ["processor"] = "AutoTokenizer" },
            ["siblings"] = new[] { "config.json", "model.safetensors", "README.md", "tokenizer.json" }.Select(name => new Dictionary<string, string> { ["rfilename"] = name }),
            ["spaces"] = Array.Empty<string>(),
            ["safetensors"] = new Dictionary<string, object> { ["parameters"] = new Dictionary<string, long> { ["BF16"] = 1_235_814_400 }, ["total"] = 1_235_814_400 },
            ["usedStorage"] = 2_471_645_608,
        };
        if (!withCardData)
        {
            answer.Remove("cardData");
        }

        return JsonSerializer.Serialize(answer);
    }

    public void Dispose() => _server.Dispose();

    private void Respond(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        if (!_answers.TryGetValue(path, out var answer))
        {
            LoopbackServer.Write(context.Response, 404, "application/json", Encoding.UTF8.GetBytes("{\"error\":\"Repository not found\"}"));
            return;
        }

        if (answer.Delay > TimeSpan.Zero)
        {
            _server.Stopping.WaitHandle.WaitOne(answer.Delay);
        }

        LoopbackServer.Write(context.Response, answer.Status, "application/json; charset=utf-8", answer.Body);
    }
}
