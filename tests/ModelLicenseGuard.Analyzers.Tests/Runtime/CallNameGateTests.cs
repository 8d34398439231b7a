using System.Linq;
using Microsoft.CodeAnalysis.Text;
using ModelLicenseGuard.Analyzers.Runtime;

namespace ModelLicenseGuard.Analyzers.Tests.Runtime;

/// <summary>
/// The runtime-model analyzer walks only the files whose text may hold a call the table can match: every name the
/// table lists opens the gate wherever it stands, calls with no name (new(…), base(…), this(…)) open it when the table
/// has constructors, and a name cut by the scanner's chunks is still found.
/// </summary>
public sealed class CallNameGateTests
{
    private static readonly CallNameGate Gate = new(["GetChatClient", "OllamaApiClient", "ModelId", ".ctor"], unnamedCalls: true);

    [Theory]
    [InlineData("var chat = client.GetChatClient(\"gpt-4o\");")]
    [InlineData("using var ollama = new OllamaApiClient(uri, \"llama3.1\");")]
    [InlineData("options.ModelId = model;")]
    [InlineData("OllamaApiClient")]
    [InlineData("x.GetChatClient")]
    [InlineData("// a comment naming GetChatClient counts too")]
    [InlineData("Chat c = new(\"gpt-4o\");")]
    [InlineData("Chat c = new ( model );")]
    [InlineData("public Bot(string model) : base(model) { }")]
    [InlineData("public Bot() : this (\"llama3.1\") { }")]
    public void A_text_that_may_hold_a_call_the_table_matches_opens_the_gate(string text)
        => Assert.True(Gate.MayMatch(SourceText.From(text)));

    [Theory]
    [InlineData("")]
    [InlineData("public int Add(int a, int b) => a + b;")]
    [InlineData("var chat = client.GetChatClients(); var c = MyGetChatClient;")]
    [InlineData("List<string> names = new();")]
    [InlineData("var names = new List<string>( );")]
    [InlineData("var x = this.Value + base.Value; var y = new ( );")]
    [InlineData("ModelIds OllamaApiClientFactory _GetChatClient")]
    [InlineData("ctor")]
    public void A_text_without_any_opens_nothing(string text)
        => Assert.False(Gate.MayMatch(SourceText.From(text)));

    [Fact]
    public void Calls_with_no_name_do_not_open_the_gate_when_the_table_has_no_constructors()
    {
        var gate = new CallNameGate(["GetChatClient"], unnamedCalls: false);

        Assert.False(gate.MayMatch(SourceText.From("Chat c = new(\"gpt-4o\"); public Bot() : base(\"x\") { }")));
        Assert.True(gate.MayMatch(SourceText.From("client.GetChatClient(\"x\")")));
    }

    [Theory]
    [InlineData(4090)]
    [InlineData(4093)]
    [InlineData(4096)]
    [InlineData(8190)]
    public void A_name_cut_by_a_chunk_boundary_is_still_found(int padding)
    {
        var text = new string(' ', padding) + "client.GetChatClient(\"x\");";

        Assert.True(Gate.MayMatch(SourceText.From(text)));
        Assert.False(Gate.MayMatch(SourceText.From(text.Replace("GetChatClient", "GetChatClientX", System.StringComparison.Ordinal))));
    }

    [Fact]
    public void A_large_file_with_no_name_is_scanned_to_its_end_and_one_name_at_its_end_is_found()
    {
        var body = string.Concat(Enumerable.Repeat("public int Add(int a, int b) => a + b; // adds\n", 2000));

        Assert.False(Gate.MayMatch(SourceText.From(body)));
        Assert.True(Gate.MayMatch(SourceText.From(body + "ModelId")));
    }

    [Fact]
    public void An_identifier_longer_than_a_chunk_neither_opens_the_gate_nor_hides_a_name_after_it()
    {
        var text = new string('a', 10_000) + " GetChatClient";

        Assert.True(Gate.MayMatch(SourceText.From(text)));
        Assert.False(Gate.MayMatch(SourceText.From(new string('a', 10_000))));
    }
}
