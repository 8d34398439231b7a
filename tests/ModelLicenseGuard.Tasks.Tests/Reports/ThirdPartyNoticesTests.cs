using System;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Tasks.Reports;

namespace ModelLicenseGuard.Tasks.Tests.Reports;

public class ThirdPartyNoticesTests
{
    [Fact]
    public void Each_model_lists_its_licence_terms_and_the_required_texts_verbatim()
    {
        var text = ThirdPartyNotices.Write(CycloneDxBomTests.Manifest(), "Shop");

        Assert.StartsWith("THIRD-PARTY NOTICES: AI models used by Shop\n", text, StringComparison.Ordinal);
        Assert.Contains("Licence:       Llama 3.1 Community License Agreement (llama3.1)\n", text, StringComparison.Ordinal);
        Assert.Contains("\n    Built with Llama\n", text, StringComparison.Ordinal);
        Assert.Contains("\n    Llama 3.1 is licensed under the Llama 3.1 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.\n", text, StringComparison.Ordinal);
        Assert.Contains("Licence:       Apache License 2.0 (Apache-2.0)\n", text, StringComparison.Ordinal);
        Assert.Contains("Source:        nuget:Acme.Embeddings/1.2.0/content/models/embedder.onnx\n", text, StringComparison.Ordinal);
        Assert.Contains("Licence:       unknown: no licence could be determined\n", text, StringComparison.Ordinal);
        Assert.Contains("Based on:      meta-llama/Llama-3.2-1B-Instruct\n", text, StringComparison.Ordinal);
        Assert.Contains("Redistribute:  with a copy of the licence text (and the model's NOTICE file, if it has one)\n", text, StringComparison.Ordinal);
        Assert.Contains("\nResearch \"Summarizer\" 1B\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_without_models_says_so()
    {
        Assert.EndsWith("No models were found.\n", ThirdPartyNotices.Write(new ModelManifest(), "Empty"), StringComparison.Ordinal);
    }
}
