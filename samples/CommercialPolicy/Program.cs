// CommercialPolicy: a paid product that bundles a summarization model released under CC-BY-NC-4.0.
// With <ModelLicensePolicy>Commercial</ModelLicensePolicy>, ModelLicenseGuard fails the build (MLG0020).
Console.WriteLine("Summarizing with models/research-summarizer-1b.gguf");
