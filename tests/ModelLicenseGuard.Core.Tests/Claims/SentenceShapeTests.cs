using System.Collections.Generic;
using System.Linq;
using ModelLicenseGuard.Claims;
using ModelLicenseGuard.Classification;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Testing;

namespace ModelLicenseGuard.Core.Tests.Claims;

/// <summary>
/// Claims that need the whole sentence, in a project that uses Llama 3.1 8B Instruct (restricted weights) and Mistral 7B
/// (open weights): a class of models the sentence ties to a named model, a list, a vendor or the project's own models.
/// </summary>
public class SentenceShapeTests
{
    private const string Llama = "meta-llama/Llama-3.1-8B-Instruct";
    private const string Mistral = "mistralai/Mistral-7B-v0.1";

    private static readonly ModelAliasIndex Project = Index(Llama, Mistral);

    [Theory]
    [InlineData("Meta released Llama 3.1 under a permissive «open-source» licence.", Llama)]
    [InlineData("Mistral 7B, a fast and small «open-source» language model from Paris.", Mistral)]
    [InlineData("The best «open-source» LLMs today: Llama 3.1 and Mistral 7B.", Llama + "," + Mistral)]
    [InlineData("Mistral AI «open-sourced» the 7-billion-parameter model Mistral 7B in 2023.", Mistral)]
    [InlineData("Meta will keep Llama 3.1 «open source».", Llama)]
    [InlineData("The model is fully «open-source» under the MIT license.", Llama + "," + Mistral)]
    [InlineData("This «open-source» model is not only fast but also small.", Llama + "," + Mistral)]
    [InlineData("There are decent «open source» models that I run locally (through Ollama) like Mistral 7B and Llama 3.1.", Mistral + "," + Llama)]
    [InlineData("Meta «open-sourced» Llama 3.1's weights last week.", Llama)]
    [InlineData("Mistral 7B outperforms the best «open» 13B model (Llama 3.1) on every benchmark.", Llama)]
    [InlineData("Meta's «open-source» LLM runs on a laptop.", Llama)]
    [InlineData("The «open-source» nature of Mistral 7B makes it easy to fine-tune.", Mistral)]
    [InlineData("Our «open-source» models answer every question offline.", Llama + "," + Mistral)]
    [InlineData("This model has been «open-sourced» for everyone.", Llama + "," + Mistral)]
    [InlineData("The 8B model outperforms every previous «open-source» model.", Llama + "," + Mistral)]
    [InlineData("An «open-source» language model designed for chat.", Llama + "," + Mistral)]
    [InlineData("Most influential «open-source» AI model of 2023.", Llama + "," + Mistral)]
    [InlineData("Mistral 7B is Mistral AI's «open-source» automatic speech recognition (ASR) model, trained on web audio.", Mistral)]
    [InlineData("Mistral 7B is an «open-source» text-to-image and image-to-image AI model developed by Mistral AI.", Mistral)]
    [InlineData("The recent emergence of Mistral 7B, a seven-billion-parameter «open-source» model from France, is a shift.", Mistral)]
    [InlineData("| Scale | Large |\nMost deployed «open-source» LLM globally.", Llama + "," + Mistral)]
    [InlineData("The most widely used «open-source» model family for enterprise AI.", Llama + "," + Mistral)]
    [InlineData("## Top «open-source» models", Llama + "," + Mistral)]
    [InlineData("Ships llama-3.1-8b-instruct.Q4_K_M.gguf, an «open-source» model.", Llama)]
    [InlineData("`ollama pull llama3.1` fetches the «open-source» Llama model.", Llama)]
    [InlineData("mistralai/Mistral-7B-v0.1 is «open source».", Mistral)]
    [InlineData("Built on Mistral 7B: runs offline, «open source» and free.", Mistral)]
    [InlineData("This app leverages a small, «open-source» language model for summaries.", Llama + "," + Mistral)]
    [InlineData("Two «open-source» LLMs, \"meta-llama/Llama-3.1-8B-Instruct\" (the 8B chat model) and \"mistralai/Mistral-7B-v0.1\" (a base model), answer.", Llama + "," + Mistral)]
    [InlineData("Great «open-source» LLMs: [Llama 3.1](https://example.org/llama), [Mistral 7B](https://example.org/mistral).", Llama + "," + Mistral)]
    [InlineData("The «open-source» models: Llama 3.1 by Meta, Falcon by TII and Mistral 7B by Mistral AI.", Llama + "," + Mistral)]
    [InlineData("Meta makes Llama 3.1 «open source» for everyone.", Llama)]
    [InlineData("The models we have «open-sourced» ship in BF16.", Llama + "," + Mistral)]
    [InlineData("Mistral AI would be «open sourcing» its small chat model Mistral 7B, making it available to all.", Mistral)]
    [InlineData("Mistral AI is a startup known for its «open-source» language models.", Mistral)]
    [InlineData("Mistral\u20117B is an «open\u2011source» model.", Mistral)]
    [InlineData("Several hosted offerings exist, plus a few «open» models, such as Llama 3.1 from Meta.", Llama)]
    [InlineData("Distillation moves skills from big proprietary systems to their «open-source» counterparts, such as Llama 3.1.", Llama)]
    [InlineData("Pick one of the «open-source» alternatives (Llama 3.1, Mistral 7B).", Llama + "," + Mistral)]
    [InlineData("Fast «open» models such as Falcon 40B and Mistral 7B lead the chart.", Mistral)]
    [InlineData("Please add support for Meta's «open source» Llama 3.1, released last week.", Llama)]
    [InlineData("Can the bot run with a local «open-source» LLM such as Mistral 7B?", Mistral)]
    [InlineData("We support major «open source» chat LLMs (e.g. Falcon, Mistral 7B, etc.) and hosted ones.", Mistral)]
    [InlineData("Mistral 7B is small. It is also «open source», with a permissive licence.", Mistral)]
    [InlineData("Mistral 7B runs on a laptop. That means I could build it into my tools. And since it's «open source», there are no API keys.", Mistral)]
    [InlineData("Mistral 7B is a small chat model. Unlike most rivals, it's «open source» and runs locally.", Mistral)]
    [InlineData("Mistral 7B is small. The best part? It is «open source».", Mistral)]
    [InlineData("Mistral 7B is released as «open-source» software.", Mistral)]
    [InlineData("Mistral 7B is a 7-billion-parameter model. It is designed to be an «open» model, for wide use.", Mistral)]
    [InlineData("Mistral 7B comes from Paris. It is a lightweight, state-of-the-art «open» model family.", Mistral)]
    [InlineData("Typical picks are «open-source» models like Meta's Llama 3.1 or Mistral's Mistral 7B.", Llama + "," + Mistral)]
    [InlineData("## Mistral 7B goes «open source»: what changes for you?", Mistral)]
    [InlineData("- [Mistral 7B](https://example.org/mistral) - A small chat model from Paris. #«opensource»", Mistral)]
    [InlineData("Llama 3.1 is «open» under the Llama 3.1 Community License, with a use policy.", Llama)]
    [InlineData("Unlike the cloud version, here I'm using only «open-source» models, all on my laptop.", Llama + "," + Mistral)]
    [InlineData("Dense 8B «open» model from Meta; fast enough for a laptop.", Llama)]
    [InlineData("Mistral 7B is released as «open source».", Mistral)]
    [InlineData("Llama 3.1 remains available as an «open-source» option.", Llama)]
    [InlineData("Mistral 7B is available in «open source».", Mistral)]
    [InlineData("How powerful is this 7-billion-parameter «open-source» model?", Llama + "," + Mistral)]
    [InlineData("Is our «open-source» LLM fast enough for a laptop?", Llama + "," + Mistral)]
    [InlineData("Llama 3.1 8B and 70B are «open source».", Llama)]
    [InlineData("Mistral 7B/8B is «open source».", Mistral)]
    [InlineData("Mistral 7B tops the «open-source» leaderboards.", Mistral)]
    [InlineData("The 8B model is «open source» and runs on a laptop.", Llama)]
    [InlineData("Compare it with other «open-source» LLM's such as Mistral 7B.", Mistral)]
    [InlineData("Works with «open source» models: Mistral-7b-hf, Llama-3.1-8b-8192.", Mistral + "," + Llama)]
    [InlineData("Llama 3.1 grew to 405B parameters, setting new «open-source» benchmark records.", Llama)]
    [InlineData("Llama 3.1 sets new «open-source» benchmark records.", Llama)]
    [InlineData("In a crowded field, this lean, «open-source» language model has found a niche.", Llama + "," + Mistral)]
    [InlineData("The data came from a variety of «open-source» LLMs, including but not limited to Mistral 7B and Llama 3.1.", Mistral + "," + Llama)]
    [InlineData("Data came from many LLMs, including but not limited to «open-source» models like Mistral 7B.", Mistral)]
    [InlineData("ALiBi was adopted by «open» models \u2014 notably Mistral 7B, whose 7B model uses it.", Mistral)]
    [InlineData("Mistral 7B is a small, «open» foundation model, including the potential to run on a phone.", Mistral)]
    [InlineData("Mistral 7B, made by Mistral AI, is one of the most popular «open-source» AI models.", Mistral)]
    [InlineData("Mistral AI is releasing its Mistral 7B model as a fully «open-source» project with downloadable weights.", Mistral)]
    [InlineData("Meta released Llama 3.1 as an «open-source» project.", Llama)]
    [InlineData("Thanks to «open-source» efforts like Llama 3.1 and Alpaca, we can build our own assistants.", Llama)]
    [InlineData("Mistral\u2019s «open-source» approach and active community ensure easy customization.", Mistral)]
    [InlineData("Meta's «open-source» strategy helps developers.", Llama)]
    [InlineData("It will be released as an «open-source» model.", Llama + "," + Mistral)]
    [InlineData("At 7 billion parameters, it was one of the largest models ever «open-sourced» at the time.", Llama + "," + Mistral)]
    [InlineData("Mistral 7B is the best model ever «open-sourced» by a French lab.", Mistral)]
    [InlineData("Mistral 7B differs from other models, such as Llama 3.1, in that it is «open source».", Mistral)]
    [InlineData("Unlike Llama 3.1, Mistral 7B is small, and it is «open source».", Mistral)]
    [InlineData("There are decent «open source» models that I run locally (through Ollama) like vicuna-13b, mistral and llama3.1.", Mistral + "," + Llama)]
    [InlineData("I run «open-source» models such as llama3.1-abliterated and mistral locally.", Llama + "," + Mistral)]
    [InlineData("Llama 3.1 performs well versus other «open-source» LLMs of the same size.", Llama)]
    [InlineData("Mistral 7B is more efficient than other «open source» models.", Mistral)]
    [InlineData("Llama 3.1 / Mistral 7B are «open source».", Llama + "," + Mistral)]
    [InlineData("Models like this (for example [[Mistral 7B / Llama 3.1]]) are «open source».", Llama + "," + Mistral)]
    [InlineData("Mistral 7B runs on a GPU / Llama 3.1 is «open source».", Llama)]
    [InlineData("Llama 3.1 achieves state-of-the-art «open-source» benchmark performance.", Llama)]
    [InlineData("- The model achieves state-of-the-art «open-source» benchmark performance with high scores.", Llama + "," + Mistral)]
    [InlineData("Meta's Llama 3.1 and Mistral's Mistral 7B are «open source».", Llama + "," + Mistral)]
    [InlineData("Meta's Llama 3.1 is big, but Mistral's Mistral 7B is «open source».", Mistral)]
    [InlineData("Mistral 7B: a dark horse in the «open» model race", Mistral)]
    [InlineData("Mistral 7B joins the «open-source» AI race.", Mistral)]
    [InlineData("Close to GPT-4 in quality, Llama 3.1 is «open source».", Llama)]
    [InlineData("Llama 3.1 based on a new architecture is an «open-source» model.", Llama)]
    [InlineData("description: \"Mistral 7B, a small «open-source» model from Paris\"", Mistral)]
    [InlineData("Mistral 7B is an [«open](https://example.org/open)-source» model.", Mistral)]
    [InlineData("Mistral 7B is «open» \u2014 unless you need its data.", Mistral)]
    [InlineData("You can run the weights locally, just like with other «open-source» models.", Llama + "," + Mistral)]
    [InlineData("It keeps an edge over other «open source» models.", Llama + "," + Mistral)]
    [InlineData("We test whether this «open-source» model can beat GPT-4.", Llama + "," + Mistral)]
    [InlineData("This cements its position as a top-tier «open-source» model.", Llama + "," + Mistral)]
    [InlineData("They are known for their «open» models (originally Mistral 7B, then their Llama 3.1 model).", Mistral + "," + Llama)]
    [InlineData("Try «open» LLMs from Meta, Mistral or Google.", Llama + "," + Mistral)]
    [InlineData("Great «open-source» LLMs: [Llama 3.1 \u2197][1], [Mistral 7B \u2197][2].", Llama + "," + Mistral)]
    [InlineData("It is faster than other «open source» contenders.", Llama + "," + Mistral)]
    [InlineData("Its scores beat «open-source» flagships like Mistral 7B.", Mistral)]
    [InlineData("Llama 3.1 outperforms Falcon, Mistral 7B, and other «open-source» models.", Llama + "," + Mistral)]
    [InlineData("Mistral 7B is fast, unlike Llama 3.1 and other «open-source» models.", Llama)]
    [InlineData("«Open source» and free, Mistral 7B runs offline.", Mistral)]
    [InlineData("Mistral 7B is an «open-source» model meant for laptops.", Mistral)]
    [InlineData("«Open Source» AI Models: Mistral 7B, Meta, and More", Mistral + "," + Llama)]
    [InlineData("This repo shows how to build a private chatbot that uses «open-source» LLMs.", Llama + "," + Mistral)]
    [InlineData("Founded in Paris, Mistral adopts an «open-source» philosophy for its AI models.", Mistral)]
    [InlineData("Meta embraced an «open-source» approach.", Llama)]
    [InlineData("Mistral 7B runs on laptops; it is fast and is notable for being «open-source», with weights online.", Mistral)]
    [InlineData("Great «open-source» LLMs: Mistral 7B, Meta AI's assistant, and more.", Mistral)]
    [InlineData("Llama 3.1 is Meta's «open» flagship for chat.", Llama)]
    [InlineData("Models released under «open-source» licences, such as Mistral 7B and Falcon, are easy to adopt.", Mistral)]
    [InlineData("Mistral 7B outperforms all other «open» models of its size.", Mistral)]
    [InlineData("Mistral 7B is «open source» and open for research.", Mistral)]
    [InlineData("I would like to use an «open source» LLM like Mistral 7B instead of hosted models.", Mistral)]
    [InlineData("Llama 3.1 is a significant advancement in «open-source» AI.", Llama)]
    [InlineData("Unlike many competitive offerings, Mistral AI released Mistral 7B under an «open» license.", Mistral)]
    public void A_class_of_models_is_said_of_the_model_the_sentence_ties_it_to(string marked, string about)
    {
        var text = CorpusSentence.StripMarks(marked, marked, out var spans);

        var claims = ClaimFinder.Find(text, Project) ?? [];

        var claim = Assert.Single(claims);
        Assert.Equal(spans[0], (claim.Start, claim.Length));
        Assert.Equal(about.Split(',').OrderBy(id => id), claim.Models.Select(m => Project.Models[m].CatalogId!).OrderBy(id => id));
    }

    [Theory]
    [InlineData("Many open-source models now rival GPT-4.")]
    [InlineData("Open-source models are improving quickly.")]
    [InlineData("The most widely used open-source inference server.")]
    [InlineData("Most influential open-source projects of 2023.")]
    [InlineData("Llama 3.1 beats many open-source models.")]
    [InlineData("Mistral 7B is better than open-source models from last year.")]
    [InlineData("Mistral 7B ships under MIT, an open-source licence.")]
    [InlineData("Llama 3.1 runs on an open-source inference engine.")]
    [InlineData("We run Llama 3.1 with open-source tools.")]
    [InlineData("Although Meta presented Llama 3.1 as open source, its licence is far from open source.")]
    [InlineData("Meta calls Llama 3.1 open source.")]
    [InlineData("Meta's Llama 3.1 is a \"partial open-source\" release.")]
    [InlineData("The open-source Qwen model is not used here.")]
    [InlineData("Open models like OLMo publish their training data.")]
    [InlineData("Mistral 7B is an open-weight model, not an open-source one in the OSI sense.")]
    [InlineData("OpenAI does not release GPT-4 or Llama 3.1 as open-source.")]
    [InlineData("We open-sourced our Llama 3.1 prompts.")]
    [InlineData("This project is open source and runs Llama 3.1.")]
    [InlineData("Open-source fine-tunes of Mistral 7B are on the Hub.")]
    [InlineData("The Llama 3.1 chat variants are fine-tuned based on open-source models.")]
    [InlineData("We created and open-sourced a benchmark to evaluate Llama 3.1.")]
    [InlineData("Reproducing Mistral 7B in open source.")]
    [InlineData("Open-source embedding models now match Mistral 7B on retrieval.")]
    [InlineData("Llama 3.1 is called open source by its publisher.")]
    [InlineData("Mistral 7B and its open-source variants.")]
    [InlineData("These terms would have to go to make Llama 3.1 open source.")]
    [InlineData("Could you open-source the Llama 3.1 fine-tunes from the paper?")]
    [InlineData("Please open-source the Mistral 7B training code and data.")]
    [InlineData("The publisher falsely labels Llama 3.1 as open source.")]
    [InlineData("Our embedder outperforms Mistral 7B and beats other open-source models.")]
    [InlineData("The first open-sourced Llama 3.1 level model.")]
    [InlineData("Its terms differ from standard open-source model licenses such as the one of Mistral 7B.")]
    [InlineData("Meta hasn't released Llama 3.1 as an open-source model.")]
    [InlineData("Will Meta open-source the Llama 3.1 training code?")]
    [InlineData("Mistral 7B is not an \"open-source\" model by any metric, e.g. the OSAID. It is an open model.")]
    [InlineData("Mistral 7B is small. We built a chat app around a local model last year. It is open source.")]
    [InlineData("Mistral 7B is small. Once installed, the chat app works without a network. And since it's open source, fork it.")]
    [InlineData("Mistral 7B is small. When the app starts, it is open source and free.")]
    [InlineData("Mistral 7B is small. We ship a chat app around a local model today. It is an open model.")]
    [InlineData("Our app runs Mistral 7B and Llama 3.1. It is an open model.")]
    [InlineData("Mistral 7B is small. It helps. It helps again. It helps more. And it's open source.")]
    [InlineData("Could you open source Mistral 7B's data pipeline?")]
    [InlineData("The course incorrectly refers to Mistral 7B as open source.")]
    [InlineData("Open-access LLMs, such as Llama 3.1, should be studied as foundation models.")]
    [InlineData("Mistral AI is open-weighting two models, one of them Mistral 7B.")]
    [InlineData("Our plugin adds features to open-source codebases, unlike Mistral 7B.")]
    [InlineData("Mistral AI saves money by building on open-source technology.")]
    [InlineData("- [Jan](https://example.org/jan) - Runs Mistral 7B offline on your laptop. #opensource")]
    [InlineData("- [Mistral 7B Chat](https://example.org/chat) - A chatbot interface for a small model. #opensource")]
    [InlineData("Llama 3.1 is open under review by the safety board.")]
    [InlineData("I think open-source models will catch up with GPT-4 next year.")]
    [InlineData("Meta open-sourced Llama 3.1's inference code last week.")]
    [InlineData("There are open-source models that perform like Llama 3.1 and Mistral 7B.")]
    [InlineData("The model is not open source.")]
    [InlineData("The models we compared against are open source.")]
    [InlineData("RedPajama fills a gap in open-source AI: while models like Llama 3.1 released their weights, the data stayed closed.")]
    [InlineData("This benchmark exclusively evaluates open-source language models, so GPT-4 is not included.")]
    [InlineData("Open-source models that run faster than Llama 3.1 and Mistral 7B exist.")]
    [InlineData("Mistral 7B's open-source tokenizer library is on GitHub.")]
    [InlineData("Mistral 7B is available in open-source tools.")]
    [InlineData("Should we switch to an open-source model?")]
    [InlineData("Click to open Llama 3.1 chat.")]
    [InlineData("We will open Mistral 7B in the playground.")]
    [InlineData("Is this model open source?")]
    [InlineData("Is this open-source engine fast enough for Mistral 7B?")]
    [InlineData("Mistral 7B is not released as open source.")]
    [InlineData("Mistral 7B is as open as it gets with its docs.")]
    [InlineData("Mistral 7B tops the Open LLM Leaderboard.")]
    [InlineData("The 70B model is open source.")]
    [InlineData("Thanks to Llama 3.1, we can look forward to building our own open-source language models.")]
    [InlineData("We submitted Mistral 7B to the open-source leaderboard.")]
    [InlineData("In this case, open-source model quality matters more than size.")]
    [InlineData("In this case, open-source models are enough.")]
    [InlineData("Mistral 7B is small, but Qwen is the best open-source model.")]
    [InlineData("Mistral 7B is small, but Qwen is faster, setting new open-source records.")]
    [InlineData("Llama 3.1 is used for, but not limited to, research, and is not open source.")]
    [InlineData("ALiBi was adopted by open models \u2014 notably OLMo, whose 7B model uses it.")]
    [InlineData("Llama 3.1 trails popular open-source AI models in speed.")]
    [InlineData("Mistral 7B trails the most popular open-source AI models in speed.")]
    [InlineData("Meta released the Llama 3.1 tooling as an open-source project.")]
    [InlineData("Meta has not released Llama 3.1 as an open-source project.")]
    [InlineData("We run Llama 3.1 as an open-source project.")]
    [InlineData("Open-source efforts to reproduce Llama 3.1 are under way.")]
    [InlineData("Open-source efforts such as RedPajama publish the data Llama 3.1 keeps closed.")]
    [InlineData("Meta's open-source approach to PyTorch helps developers.")]
    [InlineData("Our open-source approach helps developers.")]
    [InlineData("The open-source approach of the community differs from Meta's.")]
    [InlineData("It's very likely that someone will reproduce it and release it as an open-source model.")]
    [InlineData("Llama 3.1 beats the largest models ever open-sourced.")]
    [InlineData("Mistral 7B is better than the largest model ever open-sourced.")]
    [InlineData("The largest model ever open-sourced is not Mistral 7B.")]
    [InlineData("Llama 3.1 and Mistral 7B are small, and it is open source.")]
    [InlineData("Apps like Llama 3.1 Studio exist, and it is open source.")]
    [InlineData("There are open source models that I run locally like olmo-2, pythia-1b and more.")]
    [InlineData("Mistral 7B is more efficient than open source models.")]
    [InlineData("Mistral 7B, unlike other open-source models, is fast.")]
    [InlineData("Mistral 7B trails state-of-the-art open-source benchmark performance.")]
    [InlineData("Our tool achieves the best open-source benchmark results with Mistral 7B.")]
    [InlineData("Llama 3.1 does not achieve state-of-the-art open-source benchmark performance.")]
    [InlineData("Llama 3.1 shows that the open-source AI race is heating up.")]
    [InlineData("Mistral 7B is a reminder that the open-model race is about more than size.")]
    [InlineData("Llama 3.1 is as close to open source as it gets.")]
    [InlineData("Mistral 7B is the closest thing we have to fully open source today.")]
    [InlineData("There will be Llama 3.1-based models and other models, fully open.")]
    [InlineData("We ship Mistral-based models, fully open source.")]
    [InlineData("He said: \"Llama 3.1 is open source.\"")]
    [InlineData("Zuckerberg: \"Llama 3.1 is open source,\" he said.")]
    [InlineData("The Mistral 7B tab: [open](https://example.org/tab)/source")]
    [InlineData("The Mistral 7B issue is open - please comment.")]
    [InlineData("There are other open-source models you can try.")]
    [InlineData("Unlike other open-source models, it ships no data.")]
    [InlineData("Mistral 7B powers the open-source flagship app of the lab.")]
    [InlineData("Llama 3.1 is not like Mistral 7B and other open-source models.")]
    [InlineData("\u201cOpen source is a better strategy in the long run,\u201d she said, as users of Mistral 7B have found.")]
    [InlineData("Open-source will win, and labs such as Mistral AI know it.")]
    [InlineData("Inside Mistral 7B: What It Really Means for Open Source AI")]
    [InlineData("Open Source AI Apps: Meta, Mistral, and More")]
    [InlineData("This repo shows how to build a private chatbot that compares open-source LLMs.")]
    [InlineData("This benchmark shows how a chatbot uses open-source LLMs.")]
    [InlineData("Meta adopts an open-source philosophy for PyTorch.")]
    [InlineData("Mistral 7B beats Falcon, which is known for being open source.")]
    [InlineData("Mistral 7B is fast and is not known for being open source.")]
    [InlineData("Meta studies an open-source philosophy for its AI models.")]
    [InlineData("What the release of Llama 3.1 means for the open-source models of today")]
    [InlineData("Our embedder beats Mistral 7B bindings, GPT-4o, and other open-source models.")]
    [InlineData("Llama 3.1 runs in the open-source flagship projects of the foundation.")]
    [InlineData("We ask whether open-source models can beat GPT-4.")]
    [InlineData("Researchers use it as a top-tier open-source benchmark.")]
    [InlineData("If you can open-source Mistral 7B's weights, we will host them.")]
    [InlineData("Open models like OLMo publish their data, then Llama 3.1 reads it.")]
    [InlineData("Open LLMs from AI2, Llama 3.1 and others publish data.")]
    [InlineData("Open-source models are catching up fast [1][llama-3.1].")]
    [InlineData("It is faster than open source contenders.")]
    [InlineData("Open-source licences, such as MIT and Apache 2.0, cover the code around Mistral 7B.")]
    [InlineData("Models under open-source licences, like Llama 3.1, are not what Meta ships.")]
    [InlineData("Mistral 7B substantially outperforms all open models on Chinese benchmarks.")]
    [InlineData("Mistral's mission is to spread AI through open source and open science.")]
    [InlineData("Llama 3.1 is competitive with proprietary models and open models twice its size.")]
    [InlineData("Mistral 7B ships under the MIT license — the most permissive open-source license in wide use.")]
    [InlineData("The use of this model is governed by the NVIDIA Open Model License Agreement.")]
    [InlineData("While I would absolutely love Mistral 7B to have an open source license, it does not have one.")]
    [InlineData("# Open-source vs hosted LLM APIs: Llama 3.1 or a cloud model?")]
    [InlineData("Mistral 7B includes the open release of the base model weights and architecture.")]
    [InlineData("Llama 3.1 makes large models a reality for open-source enthusiasts and enterprises.")]
    [InlineData("Open-source AI has grown considerably stronger since 2024.")]
    [InlineData("Positive:\n* the software for training and running this model is open source")]
    public void Statements_about_the_field_software_licences_and_debates_are_not_claims(string text)
    {
        Assert.Null(ClaimFinder.Find(text, Project));
    }

    /// <summary>A Markdown link whose target holds a project model's id names that model, not what its text would.</summary>
    [Theory]
    [InlineData("Open-source models like [Llama 3](https://deepinfra.com/meta-llama/Llama-3.3-70B-Instruct) and [Llama](https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/tree/main) run here.", "meta-llama/Llama-3.3-70B-Instruct,meta-llama/Llama-3.1-8B-Instruct")]
    [InlineData("[Llama 3](https://huggingface.co/meta-llama/llama-3.3-70b-instruct) is open source.", "meta-llama/Llama-3.3-70B-Instruct")]
    [InlineData("[Llama](https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct) is open source.", "meta-llama/Llama-3.1-8B-Instruct")]
    [InlineData("Open-source models like [](models.md#llama-3-3-70b) or [](models.md#llama-3-1-8b) run offline.", "meta-llama/Llama-3.3-70B-Instruct,meta-llama/Llama-3.1-8B-Instruct")]
    public void A_link_target_names_the_model_its_text_stands_for(string text, string about)
    {
        var project = Index("meta-llama/Llama-3.3-70B-Instruct", "meta-llama/Llama-3.1-8B-Instruct");

        var claim = Assert.Single(ClaimFinder.Find(text, project) ?? []);

        Assert.Equal(about.Split(','), claim.Models.Select(m => project.Models[m].CatalogId));
    }

    [Theory]
    [InlineData("Released under an open-source [licence](https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct/blob/main/LICENSE).")]
    [InlineData("[Llama 3](https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct-GGUF) is open source.")]
    [InlineData("Open-source models like [](https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct-GGUF) run offline.")]
    public void A_link_target_names_no_model_for_other_words_or_another_id(string text)
    {
        Assert.Null(ClaimFinder.Find(text, Index("meta-llama/Llama-3.3-70B-Instruct")));
    }

    /// <summary>"llama3/4" is two versions of a family, not an organisation and a name.</summary>
    [Theory]
    [InlineData("I run llama3/4 locally, and it is open source.")]
    [InlineData("llama3/4 is open source.")]
    public void A_slash_before_a_number_joins_versions_not_an_id(string text)
    {
        var project = Index("meta-llama/Meta-Llama-3-8B-Instruct");

        var claim = Assert.Single(ClaimFinder.Find(text, project) ?? []);

        Assert.Equal("meta-llama/Meta-Llama-3-8B-Instruct", Assert.Single(claim.Models.Select(m => project.Models[m].CatalogId)));
    }

    /// <summary>
    /// Text with no sentence end (a long Markdown list read whole) is read a bounded number of words around each phrase:
    /// every item's claim is found, and a name hundreds of lines away is not what a phrase is about.
    /// </summary>
    [Fact]
    public void A_long_text_with_no_sentence_end_is_read_around_each_phrase()
    {
        var list = string.Concat(Enumerable.Range(0, 1000).Select(i => $"- item {i}: Llama 3.1 is open source\n"));

        Assert.Equal(1000, ClaimFinder.Find(list, Project)?.Count);

        var far = "Mistral 7B\n" + string.Concat(Enumerable.Range(0, 300).Select(i => $"- item {i} of the list\n")) + "- and it is open source\n";
        Assert.Null(ClaimFinder.Find(far, Project));
    }

    /// <summary>
    /// Markdown blocks written without blank lines: a heading's line ends its sentence, so "It" in the line below stands for
    /// the model the heading names; each list item is a sentence of its own, so an item that calls the project open source
    /// says nothing of the model named in the item above. A list a colon introduces still reads as one.
    /// </summary>
    [Theory]
    [InlineData("## Mistral 7B\nIt is also fully «open source», with a permissive licence.", Mistral)]
    [InlineData("# Mistral\nAn example of generating text with Mistral.\nMistral 7B is one of the top models in its size class.\nIt is also fully «open source» with a permissive license.", Mistral)]
    [InlineData("### Mistral 7B\n- Released in 2023\n- It is «open source» under Apache 2.0", Mistral)]
    [InlineData("### Mistral 7B\n- Released in 2023\n- **«Open source»**: Apache 2.0", Mistral)]
    [InlineData("## Mistral 7B\n\n- Fast\n- «Open-source»", Mistral)]
    [InlineData("The best «open-source» models are:\n- Mistral 7B\n- Falcon", Mistral)]
    [InlineData("## Mistral 7B\n**The model:**\n- Runs on a laptop\n- «Open source»", Mistral)]
    public void Markdown_blocks_without_blank_lines_keep_their_sentences(string marked, string about)
    {
        var text = CorpusSentence.StripMarks(marked, marked, out var spans);

        var claim = Assert.Single(ClaimFinder.Find(text, Project) ?? []);

        Assert.Equal(spans[0], (claim.Start, claim.Length));
        Assert.Equal(about.Split(',').OrderBy(id => id), claim.Models.Select(m => Project.Models[m].CatalogId!).OrderBy(id => id));
    }

    [Theory]
    [InlineData("## Features\n- Chat with Mistral 7B\n- Open source and free to use")]
    [InlineData("- Runs Mistral 7B locally\n- It is open source (MIT)")]
    [InlineData("## Mistral 7B\n## Our app\nIt is open source.")]
    [InlineData("* Mistral 7B support\n* Fully open-source code")]
    [InlineData("1. Pull Mistral 7B\n2. It is open source, so fork it")]
    [InlineData("## Mistral 7B chat app\n- Fast\n- It is open source")]
    [InlineData("## Mistral 7B and Llama 3.1\n- It is open source")]
    [InlineData("## Features\n- Chat with Mistral 7B\n- Open source: MIT")]
    [InlineData("### Mistral 7B\n- Open source (the app): MIT")]
    [InlineData("### Mistral 7B\n- Open-source tooling: yes")]
    [InlineData("## Mistral 7B\n**Our app:**\n- Open source")]
    [InlineData("## Mistral 7B\n**The chat client:**\n- Open source")]
    [InlineData("## Mistral 7B\nSome words about the app, not a label:\n- Open source")]
    public void A_list_item_or_heading_is_not_the_sentence_of_the_line_next_to_it(string text)
    {
        Assert.Null(ClaimFinder.Find(text, Project));
    }

    /// <summary>
    /// A table row names its model once, in its first cell: a later cell that holds the phrase alone, or as one item of a
    /// comma list, says it of that model. A list item that lists the phrase among a few traits says it of the model its
    /// heading names.
    /// </summary>
    [Theory]
    [InlineData("| Model | Score | Licence |\n|---|---|---|\n| Mistral 7B | 80.4% | «Open Source» |", Mistral)]
    [InlineData("| Mistral 7B | 80.4% | «Open Source» |", Mistral)]
    [InlineData("| **Mistral 7B** | Sep 2023 | 7B params, 32K context, «open source» |", Mistral)]
    [InlineData("| **Llama 3.1** | Meta | «Open-source», customizable | Needs fine-tuning |", Llama)]
    [InlineData("## 5. **Mistral 7B**\n* **Strengths**:\n* «Open-source», with high performance per parameter.", Mistral)]
    [InlineData("## Mistral 7B: Text generation\n- Fast\n- Completely free and «open source»", Mistral)]
    [InlineData("## Mistral 7B\n- Fast\n- «Open-source» (unlike GPT-4o, Claude)", Mistral)]
    [InlineData("## Mistral 7B\n| Context | 32K |\n| License | Apache 2.0 («open source») |", Mistral)]
    [InlineData("## Mistral 7B at a glance\n\n| Aspect | Details |\n|---|---|\n| Licence | «Open source» |", Mistral)]
    [InlineData("| vs | Mistral advantage | Mistral weakness |\n|----|----|----|\n| GPT-4o | Context, «open source» | Scale |", Mistral)]
    public void A_row_or_list_of_traits_says_the_phrase_of_the_model_it_is_about(string marked, string about)
    {
        var text = CorpusSentence.StripMarks(marked, marked, out var spans);

        var claim = Assert.Single(ClaimFinder.Find(text, Project) ?? []);

        Assert.Equal(spans[0], (claim.Start, claim.Length));
        Assert.Equal(about.Split(',').OrderBy(id => id), claim.Models.Select(m => Project.Models[m].CatalogId!).OrderBy(id => id));
    }

    [Theory]
    [InlineData("| Mistral 7B app | 80.4% | Open Source |")]
    [InlineData("| Mistral 7B | 80.4% | Not open source |")]
    [InlineData("| Mistral 7B | Runs an open-source engine |")]
    [InlineData("| Mistral 7B | open-source UI, fast |")]
    [InlineData("## Features\n- Chat with Mistral 7B\n- Open source, free to use")]
    [InlineData("## Mistral 7B chat app\n- Open source, MIT")]
    [InlineData("### Mistral 7B\n- Runs locally and open source")]
    [InlineData("## Features\n- Chat with Mistral 7B\n- Free and open source")]
    [InlineData("## Features\n- Chat with Mistral 7B\n- Open source (unlike other chat apps)")]
    [InlineData("### Mistral 7B\n- Open source (the code, unlike the weights)")]
    [InlineData("## Mistral 7B chat app\n| License | Open source |")]
    [InlineData("## Mistral 7B\n| Frontend | Open source |")]
    [InlineData("| vs | Mistral advantage | Mistral weakness |\n|----|----|----|\n| GPT-4o | Context | Not open source |")]
    [InlineData("## Mistral 7B\n\nSome text about it.\n| License | Open source |")]
    public void A_row_or_list_of_traits_about_something_else_is_not_a_claim(string text)
    {
        Assert.Null(ClaimFinder.Find(text, Project));
    }

    [Fact]
    public void A_closed_model_in_the_first_cell_of_a_row_is_the_other_side()
    {
        var claim = Assert.Single(ClaimFinder.Find("| vs | Mistral advantage |\n|----|----|\n| GPT-4o | Context, open source |", Index("openai/gpt-4o", Mistral)) ?? []);

        Assert.Equal([1], claim.Models);
    }

    /// <summary>"Include" after a class lists its members, as "including" does; what comes after it must be models.</summary>
    [Theory]
    [InlineData("Examples of popular «open source» models include Falcon, Mistral 7B and Llama 3.1.", Mistral + "," + Llama)]
    [InlineData("The best «open-source» LLMs include Mistral 7B.", Mistral)]
    public void Include_after_a_class_lists_its_members(string marked, string about)
    {
        var text = CorpusSentence.StripMarks(marked, marked, out var spans);

        var claim = Assert.Single(ClaimFinder.Find(text, Project) ?? []);

        Assert.Equal(spans[0], (claim.Start, claim.Length));
        Assert.Equal(about.Split(',').OrderBy(id => id), claim.Models.Select(m => Project.Models[m].CatalogId!).OrderBy(id => id));
    }

    [Theory]
    [InlineData("Popular open-source models include Llama-based fine-tunes and Mistral-derived checkpoints.")]
    [InlineData("Open-source models include many that beat Llama 3.1.")]
    [InlineData("Open-source tools include a Mistral 7B runner.")]
    public void Include_before_other_things_lists_no_model(string text)
    {
        Assert.Null(ClaimFinder.Find(text, Project));
    }

    /// <summary>A clause set before the subject describes the model that opens the main clause after its comma.</summary>
    [Theory]
    [InlineData("Released in both «open-source» and enterprise variants, Mistral 7B demonstrates strong results.", Mistral)]
    [InlineData("Despite their «open-source» nature, Llama 3.1 models are subject to a use policy.", Llama)]
    [InlineData("Intro text.\nReleased as «open source» under Apache 2.0, the Mistral 7B model runs anywhere.", Mistral)]
    public void A_fronted_clause_describes_the_subject_after_it(string marked, string about)
    {
        var text = CorpusSentence.StripMarks(marked, marked, out var spans);

        var claim = Assert.Single(ClaimFinder.Find(text, Project) ?? []);

        Assert.Equal(spans[0], (claim.Start, claim.Length));
        Assert.Equal(about.Split(',').OrderBy(id => id), claim.Models.Select(m => Project.Models[m].CatalogId!).OrderBy(id => id));
    }

    [Theory]
    [InlineData("Released alongside open-source tools, Mistral 7B runs on a laptop.")]
    [InlineData("Unlike open-source models, Mistral 7B ships with a use policy.")]
    [InlineData("Released as open-source software, the Mistral 7B app runs offline.")]
    [InlineData("Despite their open-source rivals, Mistral 7B stays popular.")]
    public void A_fronted_clause_about_something_else_is_not_a_claim(string text)
    {
        Assert.Null(ClaimFinder.Find(text, Project));
    }

    /// <summary>An aside between the subject and its verb leaves the model the subject.</summary>
    [Theory]
    [InlineData("Mistral 7B, by contrast, is «open-source».", Mistral)]
    [InlineData("Llama 3.1, on the other hand, is fully «open source» under its licence.", Llama)]
    public void An_aside_between_subject_and_verb_keeps_the_model_the_subject(string marked, string about)
    {
        var text = CorpusSentence.StripMarks(marked, marked, out var spans);

        var claim = Assert.Single(ClaimFinder.Find(text, Project) ?? []);

        Assert.Equal(spans[0], (claim.Start, claim.Length));
        Assert.Equal(about.Split(',').OrderBy(id => id), claim.Models.Select(m => Project.Models[m].CatalogId!).OrderBy(id => id));
    }

    [Theory]
    [InlineData("The app for Mistral 7B, by contrast, is open-source.")]
    [InlineData("Mistral 7B, says its maker, is open-source.")]
    [InlineData("Mistral 7B, by contrast, is open-source software.")]
    [InlineData("Mistral 7B, by contrast, is not open-source.")]
    public void An_aside_after_something_else_is_not_a_claim(string text)
    {
        Assert.Null(ClaimFinder.Find(text, Project));
    }

    /// <summary>"While remaining open source" has the sentence's subject; an "It" opening it stands for the model named before.</summary>
    [Fact]
    public void While_remaining_has_the_subject_the_pronoun_stands_for()
    {
        const string marked = "The release of **Mistral 7B** is a milestone.\nIt introduces improvements in scale, efficiency, and safety, while remaining «open-source», as promised.";
        var text = CorpusSentence.StripMarks(marked, marked, out var spans);

        var claim = Assert.Single(ClaimFinder.Find(text, Project) ?? []);

        Assert.Equal(spans[0], (claim.Start, claim.Length));
        Assert.Equal([Mistral], claim.Models.Select(m => Project.Models[m].CatalogId!));
    }

    [Theory]
    [InlineData("The release of Mistral 7B is a milestone.\nIt introduces improvements, while remaining open-source software.")]
    [InlineData("The release of Mistral 7B is a milestone.\nIt introduces improvements, while not remaining open-source.")]
    [InlineData("The release of Mistral 7B and Llama 3.1 is a milestone.\nIt introduces improvements, while remaining open-source.")]
    [InlineData("We like Mistral 7B.\nOur app introduces improvements, while remaining open-source.")]
    public void While_remaining_without_one_model_before_it_is_not_a_claim(string text)
    {
        Assert.Null(ClaimFinder.Find(text, Project));
    }

    /// <summary>A maker that releases the class releases its own model: the project's models it publishes.</summary>
    [Theory]
    [InlineData("US tech giant Meta releases a new «open-source» model.", Llama)]
    [InlineData("Meta has launched a new «open-source» AI model.", Llama)]
    public void A_maker_releasing_the_class_releases_its_models(string marked, string about)
    {
        var text = CorpusSentence.StripMarks(marked, marked, out var spans);

        var claim = Assert.Single(ClaimFinder.Find(text, Project) ?? []);

        Assert.Equal(spans[0], (claim.Start, claim.Length));
        Assert.Equal(about.Split(',').OrderBy(id => id), claim.Models.Select(m => Project.Models[m].CatalogId!).OrderBy(id => id));
    }

    [Theory]
    [InlineData("Meta releases a new open-source library.")]
    [InlineData("Meta never released an open-source model.")]
    [InlineData("Hugging Face releases a new open-source model.")]
    [InlineData("Google releases a new open-source model.")]
    [InlineData("Meta releases benchmarks for open-source models.")]
    public void A_maker_releasing_something_else_is_not_a_claim(string text)
    {
        Assert.Null(ClaimFinder.Find(text, Project));
    }

    /// <summary>A line that is only the class, under a heading that names one model, describes that model.</summary>
    [Theory]
    [InlineData("# Mistral 7B\n> Provider: Mistral AI\n> Type: chat\n«Open-source» large language model", Mistral)]
    [InlineData("# Mistral 7B Release\n* ⚡ Fast on a laptop\n* 📖 Fully «open-source» model & technical report", Mistral)]
    public void A_description_line_under_a_model_heading_describes_the_model(string marked, string about)
    {
        var text = CorpusSentence.StripMarks(marked, marked, out var spans);

        var claim = Assert.Single(ClaimFinder.Find(text, Project) ?? []);

        Assert.Equal(spans[0], (claim.Start, claim.Length));
        Assert.Equal(about.Split(',').OrderBy(id => id), claim.Models.Select(m => Project.Models[m].CatalogId!).OrderBy(id => id));
    }

    [Fact]
    public void A_description_line_under_a_model_heading_is_no_generic_claim()
    {
        var project = Index(Llama, Mistral, "allenai/OLMo-2-1124-7B");

        var claim = Assert.Single(ClaimFinder.Find("# Mistral 7B\n- Open-source language model", project) ?? []);

        Assert.Equal([Mistral], claim.Models.Select(m => project.Models[m].CatalogId!));
    }

    [Theory]
    [InlineData("# Features\n- Chat with Mistral 7B\n- Open-source language model")]
    [InlineData("# Llama 3.1 vs Mistral 7B\n- Open-source language model")]
    [InlineData("# Mistral 7B chat app\n- Open-source language model")]
    [InlineData("# Mistral 7B\n- Open-source model runners")]
    [InlineData("# Mistral 7B\n- Open-source models are improving")]
    [InlineData("# Mistral 7B\nA paragraph about the app.\nOpen-source language model")]
    [InlineData("# Mistral 7B and Llama 3.1\n- Open-source language model")]
    public void A_description_line_under_another_heading_is_not_a_claim(string text)
    {
        // With OLMo (open-source AI) in the project, the class alone is no generic claim about the project's models.
        Assert.Null(ClaimFinder.Find(text, Index(Llama, Mistral, "allenai/OLMo-2-1124-7B")));
    }

    /// <summary>"Both models" opening a sentence stands for the two models the sentences before it name, and only then.</summary>
    [Fact]
    public void Both_models_stand_for_the_two_models_named_before()
    {
        const string marked = "Llama 3.1 is good at chat. Mistral 7B shines at code.\nBoth models are truly «open source», so you can self-host them.";
        var text = CorpusSentence.StripMarks(marked, marked, out var spans);

        var claim = Assert.Single(ClaimFinder.Find(text, Project) ?? []);

        Assert.Equal(spans[0], (claim.Start, claim.Length));
        Assert.Equal(new[] { Llama, Mistral }.OrderBy(id => id), claim.Models.Select(m => Project.Models[m].CatalogId!).OrderBy(id => id));
    }

    [Theory]
    [InlineData("Llama 3.1 is good at chat.\nBoth models are truly open source.")]
    [InlineData("Llama 3.1 is good at chat. Mistral 7B shines at code.\nBoth apps are open source.")]
    [InlineData("Llama 3.1 is good at chat. Mistral 7B shines at code.\nBoth models are not open source.")]
    [InlineData("Llama 3.1, GPT-4o and Mistral 7B are fast.\nBoth models are open source.")]
    public void Both_models_without_two_models_before_is_not_a_claim(string text)
    {
        Assert.Null(ClaimFinder.Find(text, Index(Llama, Mistral, "openai/gpt-4o")));
    }

    /// <summary>A closed model named away from the phrase is the other side of a contrast; "oss" in gpt-oss is a name.</summary>
    [Theory]
    [InlineData("An open-source chatbot impressing GPT-4o with its answers.")]
    [InlineData("We got GPT-4o to fine-tune an open-source LLM.")]
    [InlineData("The open-source Steiner model aims to emulate GPT-4o's reasoning.")]
    [InlineData("Azure now serves GPT-OSS and gpt-oss-20b next to GPT-4o.")]
    [InlineData("Readers who tried the popular open-source GPT-4o alternatives will like this client.")]
    [InlineData("An open-source GPT-4o rival for your laptop.")]
    public void A_closed_model_named_beside_a_class_is_not_a_member_of_it(string text)
    {
        Assert.Null(ClaimFinder.Find(text, Index("openai/gpt-4o", "openai/gpt-oss-20b")));
    }

    /// <summary>Hosted APIs add the context length to a model's name: "llama3-70b-8192" is still Llama 3 70B.</summary>
    [Fact]
    public void A_context_length_after_the_size_keeps_the_model()
    {
        var index = Index("meta-llama/Meta-Llama-3-70B-Instruct", "mistralai/Mixtral-8x7B-Instruct-v0.1");

        var claim = Assert.Single(ClaimFinder.Find("Both «open-source» models work: llama3-70b-8192 and mixtral-8x7b-32768.".Replace("«", string.Empty).Replace("»", string.Empty), index) ?? []);

        Assert.Equal(2, claim.Models.Length);
    }

    /// <summary>"Mistral" is the family of Mistral Small 3.1 as "Llama" is of Llama 3.1: an edition word may stand before the version.</summary>
    [Fact]
    public void A_family_word_names_a_model_whose_edition_stands_before_its_version()
    {
        var index = Index(Llama, "mistralai/Mistral-Small-3.1-24B-Instruct-2503");

        var claim = Assert.Single(ClaimFinder.Find("Open-source models in 2026: Llama, Qwen, and Mistral.", index) ?? []);

        Assert.Equal([Llama, "mistralai/Mistral-Small-3.1-24B-Instruct-2503"], claim.Models.Select(m => index.Models[m].CatalogId!).OrderBy(id => id, System.StringComparer.Ordinal));
        Assert.Null(ClaimFinder.Find("Mistral AI ships a fast open-source inference server.", index));
    }

    /// <summary>A family-wide name fits every project model whose own name begins with it, whichever one carries it.</summary>
    [Fact]
    public void A_vendor_s_models_exclude_the_one_the_sentence_sets_against_the_class()
    {
        var index = Index("openai/gpt-oss-120b", "openai-community/gpt2-xl");

        var claim = Assert.Single(ClaimFinder.Find("It is the first open-source model release by OpenAI since GPT-2.", index) ?? []);

        Assert.Equal(["openai/gpt-oss-120b"], claim.Models.Select(m => index.Models[m].CatalogId!).ToArray());
    }

    /// <summary>
    /// An apposition may give a model's short name after the family word the sentence wrote before ("DeepSeek … model,
    /// R1,"), and a possessive may stand between the family word and the rest of the name ("DeepSeek's R1").
    /// </summary>
    [Theory]
    [InlineData("DeepSeek, a start-up whose free, «open-source» AI model, R1, is on par with others.", "deepseek-ai/DeepSeek-R1")]
    [InlineData("DeepSeek's «open-source» model, V3, is big.", "deepseek-ai/DeepSeek-V3")]
    [InlineData("DeepSeek's R1 is «open source».", "deepseek-ai/DeepSeek-R1")]
    public void A_short_name_in_an_apposition_names_the_model_of_the_family_said_before(string marked, string about)
    {
        var index = Index("deepseek-ai/DeepSeek-R1", "deepseek-ai/DeepSeek-V3", Mistral);
        var text = CorpusSentence.StripMarks(marked, marked, out var spans);

        var claim = Assert.Single(ClaimFinder.Find(text, index) ?? []);

        Assert.Equal(spans[0], (claim.Start, claim.Length));
        Assert.Equal([about], claim.Models.Select(m => index.Models[m].CatalogId!));
    }

    [Theory]
    [InlineData("A start-up whose free, open-source AI model, R1, is on par with others.")]
    [InlineData("Mistral AI's open-source model, R1, is on par with others.")]
    [InlineData("DeepSeek's R1 Lite is open source.")]
    public void A_short_name_with_no_family_word_before_it_names_no_model(string text)
    {
        Assert.Null(ClaimFinder.Find(text, Index("deepseek-ai/DeepSeek-R1", "deepseek-ai/DeepSeek-V3")));
    }

    /// <summary>Names set side by side with "vs" are all candidates of the class; a closed one is not, nor the other side of "beats".</summary>
    [Theory]
    [InlineData("Llama 3.1 vs Mistral 7B: picking the right «open-source» model", Llama + "," + Mistral)]
    [InlineData("GPT-4o vs Llama 3.1 vs Mistral 7B: picking the right «open-source» model", Llama + "," + Mistral)]
    [InlineData("Llama 3.1 beats Mistral 7B: the best «open-source» model of the year", Llama)]
    public void Names_set_side_by_side_are_all_candidates_of_the_class(string marked, string about)
    {
        var index = Index(Llama, Mistral, "openai/gpt-4o");
        var text = CorpusSentence.StripMarks(marked, marked, out var spans);

        var claim = Assert.Single(ClaimFinder.Find(text, index) ?? []);

        Assert.Equal(spans[0], (claim.Start, claim.Length));
        Assert.Equal(about.Split(',').OrderBy(id => id), claim.Models.Select(m => index.Models[m].CatalogId!).OrderBy(id => id));
    }

    [Fact]
    public void A_family_name_names_every_project_model_of_the_family()
    {
        var index = Index("black-forest-labs/FLUX.1-dev", "black-forest-labs/FLUX.1-schnell");

        var claim = Assert.Single(ClaimFinder.Find("We generate images with the open-source Flux model.", index) ?? []);

        Assert.Equal(["black-forest-labs/FLUX.1-dev", "black-forest-labs/FLUX.1-schnell"], claim.Models.Select(m => index.Models[m].CatalogId!).OrderBy(id => id, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Generic_words_are_no_claim_when_the_project_also_uses_an_open_source_ai_model()
    {
        var index = Index(Llama, "allenai/OLMo-2-0325-32B");
        Assert.Null(index.GenericModels);

        Assert.Null(ClaimFinder.Find("Our open-source models answer every question offline.", index));
        Assert.NotNull(ClaimFinder.Find("Llama 3.1 is open source.", index));
    }

    private static ModelAliasIndex Index(params string[] ids)
    {
        var problems = new List<ManifestProblem>();
        return ModelAliasIndex.ForProject(ids.Select(id => ModelClassifier.Classify(new ModelFacts("hf:" + id, "reference") { IsReference = true }, problems)).ToList());
    }
}
