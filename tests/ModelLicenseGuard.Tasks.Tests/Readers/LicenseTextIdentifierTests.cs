using System.Collections.Generic;
using System.Linq;
using ModelLicenseGuard.Licenses;
using ModelLicenseGuard.Tasks.Readers;

namespace ModelLicenseGuard.Tasks.Tests.Readers;

public class LicenseTextIdentifierTests
{
    /// <summary>
    /// Short openings of each licence as a LICENSE file starts: the title and one characteristic sentence, with the rest
    /// paraphrased, wrapped and capitalised as real files are.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Openings = new Dictionary<string, string>
    {
        ["apache-2.0"] = """

                                             Apache License
                                       Version 2.0, January 2004
                                    http://www.apache.org/licenses/

               TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION

               1. Definitions.
            """,
        ["mit"] = """
            MIT License

            Copyright (c) 2024 Example Labs

            Permission is hereby granted, free of charge, to any person obtaining a copy
            of this software and associated documentation files (the "Software"), to deal
            in the Software without restriction.
            """,
        ["bsd-3-clause"] = """
            BSD 3-Clause License

            Copyright (c) 2023, Example Labs

            Redistribution and use in source and binary forms, with or without
            modification, are permitted provided that the following conditions are met:

            1. Redistributions of source code must retain the above copyright notice.
            2. Redistributions in binary form must reproduce the above copyright notice
               in the documentation.
            3. Neither the name of the copyright holder nor the names of its contributors
               may be used to endorse or promote products derived from this software
               without specific prior written permission.
            """,
        ["bsd-2-clause"] = """
            Copyright (c) 2023, Example Labs
            All rights reserved.

            Redistribution and use in source and binary forms, with or without
            modification, are permitted provided that the following conditions are met:

            * Redistributions of source code must retain the above copyright notice.
            * Redistributions in binary form must reproduce the above copyright notice
              in the documentation.

            THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS "AS IS".
            """,
        ["bsd-3-clause-clear"] = """
            The Clear BSD License

            Redistribution and use in source and binary forms, with or without
            modification, are permitted (subject to the limitations in the disclaimer below).

            NO EXPRESS OR IMPLIED LICENSES TO ANY PARTY'S PATENT RIGHTS ARE GRANTED BY THIS LICENSE.
            """,
        ["llama2"] = """
            LLAMA 2 COMMUNITY LICENSE AGREEMENT
            Llama 2 Version Release Date: July 18, 2023

            "Agreement" means the terms for use of the Llama Materials set out here.
            """,
        ["llama3"] = """
            META LLAMA 3 COMMUNITY LICENSE AGREEMENT
            Meta Llama 3 Version Release Date: April 18, 2024

            "Agreement" means the terms for use of the Llama Materials set out here.
            """,
        ["llama3.1"] = """
            LLAMA 3.1 COMMUNITY LICENSE AGREEMENT
            Llama 3.1 Version Release Date: July 23, 2024
            """,
        ["llama3.2"] = """
            LLAMA 3.2 COMMUNITY LICENSE AGREEMENT
            Llama 3.2 Version Release Date: September 25, 2024
            """,
        ["llama3.3"] = """
            LLAMA 3.3 COMMUNITY LICENSE AGREEMENT
            Llama 3.3 Version Release Date: December 6, 2024
            """,
        ["llama4"] = """
            LLAMA 4 COMMUNITY LICENSE AGREEMENT
            Llama 4 Version Effective Date: April 5, 2025
            """,
        ["gemma"] = """
            **Gemma Terms of Use**

            Last modified: February 21, 2024

            By using, reproducing, modifying, distributing, performing or displaying any portion of Gemma, you agree to these terms.
            """,
        ["cc-by-4.0"] = """
            Attribution 4.0 International

            =======================================================================

            Creative Commons Corporation ("Creative Commons") is not a law firm.

            Creative Commons Attribution 4.0 International Public License
            """,
        ["cc-by-sa-4.0"] = """
            Attribution-ShareAlike 4.0 International

            Creative Commons Attribution-ShareAlike 4.0 International Public License
            """,
        ["cc-by-nc-4.0"] = """
            Attribution-NonCommercial 4.0 International

            Creative Commons Attribution-NonCommercial 4.0 International Public License
            """,
        ["cc-by-nc-sa-4.0"] = """
            Attribution-NonCommercial-ShareAlike 4.0 International

            Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International Public License
            """,
        ["cc-by-nd-4.0"] = """
            Attribution-NoDerivatives 4.0 International
            """,
        ["cc-by-nc-nd-4.0"] = """
            Attribution-NonCommercial-NoDerivatives 4.0 International
            """,
        ["cc0-1.0"] = """
            Creative Commons Legal Code

            CC0 1.0 Universal
            """,
        ["openrail"] = """
            Open RAIL License

            This licence governs the use of the model and its derivatives, subject to the use restrictions in Attachment A.
            """,
        ["creativeml-openrail-m"] = """
            Copyright (c) 2022 Example Labs

            CreativeML Open RAIL-M
            dated August 22, 2022

            Section I: PREAMBLE
            """,
        ["openrail++"] = """
            CreativeML Open RAIL++-M License
            dated July 26, 2023

            Section I: PREAMBLE
            """,
        ["bigscience-openrail-m"] = """
            BigScience Open RAIL-M License
            dated August 18, 2022

            Section I: PREAMBLE
            """,
        ["bigscience-bloom-rail-1.0"] = """
            BigScience RAIL License v1.0
            dated May 19, 2022
            """,
        ["bigcode-openrail-m"] = """
            BigCode Open RAIL-M v1 License Agreement

            Section I: PREAMBLE
            """,
        ["tongyi-qianwen"] = """
            Tongyi Qianwen LICENSE AGREEMENT

            Tongyi Qianwen Release Date: August 3, 2023
            """,
        ["tongyi-qianwen-research"] = """
            Tongyi Qianwen RESEARCH LICENSE AGREEMENT

            Tongyi Qianwen Release Date: November 30, 2023
            """,
        ["qwen"] = """
            Qwen LICENSE AGREEMENT

            Qwen LICENSE AGREEMENT Release Date: September 19, 2024
            """,
        ["qwen-research"] = """
            Qwen RESEARCH LICENSE AGREEMENT

            Qwen RESEARCH LICENSE AGREEMENT Release Date: September 19, 2024
            """,
        ["deepseek"] = """
            DEEPSEEK LICENSE AGREEMENT

            Version 1.0, 23 October 2023
            """,
        ["flux-1-dev-non-commercial-license"] = """
            FLUX.1 [dev] Non-Commercial License

            Black Forest Labs, Inc. is willing to make the FLUX.1 [dev] model available to you under these terms.
            """,
        ["stabilityai-community-license"] = """
            STABILITY AI COMMUNITY LICENSE AGREEMENT
            Last Updated: July 5, 2024
            """,
        ["stabilityai-non-commercial-research-community-license"] = """
            STABILITY AI NON-COMMERCIAL RESEARCH COMMUNITY LICENSE AGREEMENT
            Dated: November 28, 2023
            """,
        ["gpl-3.0"] = """
                                GNU GENERAL PUBLIC LICENSE
                                   Version 3, 29 June 2007

             Everyone is permitted to copy and distribute verbatim copies
             of this license document, but changing it is not allowed.
            """,
        ["gpl-2.0"] = """
                                GNU GENERAL PUBLIC LICENSE
                                   Version 2, June 1991
            """,
        ["agpl-3.0"] = """
                                GNU AFFERO GENERAL PUBLIC LICENSE
                                   Version 3, 19 November 2007

              The GNU Affero General Public License is a free, copyleft license; it refers to
              version 3 of the GNU General Public License in places.
            """,
        ["lgpl-3.0"] = """
                               GNU LESSER GENERAL PUBLIC LICENSE
                                   Version 3, 29 June 2007

              This version of the GNU Lesser General Public License incorporates
            the terms and conditions of version 3 of the GNU General Public License.
            """,
        ["lgpl-2.1"] = """
                              GNU LESSER GENERAL PUBLIC LICENSE
                                   Version 2.1, February 1999
            """,
        ["mpl-2.0"] = """
            Mozilla Public License Version 2.0
            ==================================

            1. Definitions
            """,
    };

    public static TheoryData<string> Ids => [.. Openings.Keys];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Identifies_each_licence_by_its_opening(string id)
    {
        Assert.Equal(id, LicenseTextIdentifier.Identify(Openings[id]));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_is_a_catalog_licence(string id)
    {
        Assert.True(LicenseCatalog.TryGet(id, out var license), $"'{id}' is not in licenses.catalog");
        Assert.Equal(id, license.Id);
    }

    [Fact]
    public void Every_id_the_identifier_can_return_has_an_opening()
    {
        Assert.Empty(LicenseTextIdentifier.KnownIds.Except(Openings.Keys));
    }

    [Theory]
    [InlineData("qwen research license agreement", "qwen-research")]
    [InlineData("QWEN   LICENSE\r\n\tAGREEMENT", "qwen")]
    [InlineData("Llama 3.1 Community License Agreement", "llama3.1")]
    [InlineData("# LLAMA 3.2 COMMUNITY\nLICENSE AGREEMENT", "llama3.2")]
    [InlineData("Meta Llama 3 Community License Agreement.", "llama3")]
    [InlineData("Apache License, Version 2.0", "apache-2.0")]
    public void Ignores_case_whitespace_and_punctuation(string text, string id)
    {
        Assert.Equal(id, LicenseTextIdentifier.Identify(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    [InlineData("All rights reserved. No licence is granted.")]
    [InlineData("Apache License")]
    [InlineData("Licensed under the Apache License, Version 2.01")]
    [InlineData("LLAMA 3.14 COMMUNITY LICENSE AGREEMENT")]
    [InlineData("Redistribution and use in source and binary forms are not permitted.")]
    [InlineData("The Qwen3 LICENSE AGREEMENT")]
    public void Returns_null_for_text_it_does_not_know(string text)
    {
        Assert.Null(LicenseTextIdentifier.Identify(text));
    }

    [Fact]
    public void The_licence_named_first_wins_over_one_mentioned_later()
    {
        var text = Openings["apache-2.0"] + "\n\nThird-party notice: parts of the tokenizer are under the MIT licence.\n" + Openings["mit"];

        Assert.Equal("apache-2.0", LicenseTextIdentifier.Identify(text));
    }

    [Fact]
    public void A_model_licence_that_quotes_another_is_the_model_licence()
    {
        var text = Openings["llama3.1"] + "\nPortions of the tooling are licensed under the Apache License, Version 2.0.\n";

        Assert.Equal("llama3.1", LicenseTextIdentifier.Identify(text));
    }

    [Fact]
    public void Reads_only_the_first_256_KB()
    {
        var text = new string(' ', LicenseTextIdentifier.MaxLength) + Openings["mit"];

        Assert.Null(LicenseTextIdentifier.Identify(text));
    }
}
