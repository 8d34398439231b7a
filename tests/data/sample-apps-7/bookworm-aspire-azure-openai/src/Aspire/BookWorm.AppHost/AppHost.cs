var builder = DistributedApplication.CreateBuilder(args);

builder.AddAzureContainerAppEnvironment(Components.Azure.ContainerApp).ProvisionAsService();

var registry = builder.AddContainerRegistry();

var postgres = builder
    .AddAzurePostgresFlexibleServer(Components.Postgres)
    .WithPasswordAuthentication()
    .WithIconName("HomeDatabase")
    .RunAsLocalContainer()
    .ProvisionAsService();

var redis = builder
    .AddAzureManagedRedis(Components.Redis)
    .WithAccessKeyAuthentication()
    .WithIconName("Memory")
    .RunAsLocalContainer()
    .ProvisionAsService();

var qdrant = builder
    .AddQdrant(Components.VectorDb)
    .WithIconName("DatabaseSearch")
    .WithDataVolume()
    .WithImagePullPolicy(ImagePullPolicy.Always)
    .WithLifetime(ContainerLifetime.Persistent);

var queue = builder
    .AddKafka(Components.Broker)
    .WithIconName("Pipeline")
    .WithKafkaUI()
    .WithImagePullPolicy(ImagePullPolicy.Always)
    .WithLifetime(ContainerLifetime.Persistent);

var storage = builder
    .AddAzureStorage(Components.Azure.Storage.Resource)
    .WithIconName("DatabasePlugConnected")
    .RunAsLocalContainer();

var catalogContainer = storage
    .AddBlobContainer(Components.Azure.Storage.BlobContainer(Services.Catalog))
    .WithAzureStorageExplorer();

var ratingDb = postgres.AddDatabase(Components.Database.Rating).WithPostgresMcp();
var catalogDb = postgres.AddDatabase(Components.Database.Catalog).WithPostgresMcp();
var financeDb = postgres.AddDatabase(Components.Database.Finance).WithPostgresMcp();
var orderingDb = postgres.AddDatabase(Components.Database.Ordering).WithPostgresMcp();
var notificationDb = postgres.AddDatabase(Components.Database.Notification).WithPostgresMcp();

var openai = builder.AddAzureOpenAI(Components.OpenAI.Resource);

var chat = openai.AddDeployment(
    Components.OpenAI.Chat,
    Components.OpenAI.OpenAIGpt56Sol,
    Components.OpenAI.OpenAIGpt56SolVersion
);

var embedding = openai.AddDeployment(
    Components.OpenAI.Embedding,
    Components.OpenAI.TextEmbeddingAda002,
    Components.OpenAI.TextEmbeddingAda002Version
);

IResourceBuilder<IResource> keycloak = builder.ExecutionContext.IsRunMode
    ? builder.AddLocalKeycloak(Components.KeyCloak)
    : builder.AddHostedKeycloak(Components.KeyCloak);

var presidioAnalyzer = builder
    .AddPresidioAnalyzer(Components.Presidio.Analyzer)
    .WithImagePullPolicy(ImagePullPolicy.Always)
    .WithLifetime(ContainerLifetime.Persistent);

var presidioAnonymizer = builder
    .AddPresidioAnonymizer(Components.Presidio.Anonymizer)
    .WithImagePullPolicy(ImagePullPolicy.Always)
    .WithLifetime(ContainerLifetime.Persistent);

var catalogApi = builder
    .AddProject<BookWorm_Catalog>(Services.Catalog)
    .WithReference(queue)
    .WaitFor(queue)
    .WithReference(catalogDb)
    .WaitFor(catalogDb)
    .WithReference(redis)
    .WaitFor(redis)
    .WithReference(qdrant)
    .WaitFor(qdrant)
    .WithKeycloak(keycloak)
    .WithReference(catalogContainer)
    .WaitFor(catalogContainer)
    .WithReference(chat)
    .WithReference(embedding)
    .WithContainerRegistry(registry)
    .WithRoleAssignments(
        storage,
        StorageBuiltInRole.StorageBlobDataContributor,
        StorageBuiltInRole.StorageBlobDataOwner
    )
    .WithFriendlyUrls();

var mcp = builder
    .AddProject<BookWorm_McpTools>(Services.McpTools)
    .WithReference(catalogApi)
    .WithKeycloak(keycloak)
    .WithContainerRegistry(registry)
    .WithFriendlyUrls();

var basketApi = builder
    .AddProject<BookWorm_Basket>(Services.Basket)
    .WithReference(redis)
    .WaitFor(redis)
    .WithReference(queue)
    .WaitFor(queue)
    .WithReference(catalogApi)
    .WithKeycloak(keycloak)
    .WithContainerRegistry(registry)
    .WithFriendlyUrls();

var orderingApi = builder
    .AddProject<BookWorm_Ordering>(Services.Ordering)
    .WithReference(orderingDb)
    .WaitFor(orderingDb)
    .WithReference(queue)
    .WaitFor(queue)
    .WithReference(redis)
    .WaitFor(redis)
    .WithKeycloak(keycloak)
    .WithReference(catalogApi)
    .WithReference(basketApi)
    .WithSecret("hmac-key", "HMAC__Key")
    .WithContainerRegistry(registry)
    .WithFriendlyUrls();

var chatApi = builder
    .AddProject<BookWorm_Chat>(Services.Chatting)
    .WithReference(chat)
    .WithReference(embedding)
    .WithReference(mcp)
    .WithKeycloak(keycloak)
    .WithReference(presidioAnalyzer)
    .WaitFor(presidioAnalyzer)
    .WithReference(presidioAnonymizer)
    .WaitFor(presidioAnonymizer)
    .WithContainerRegistry(registry)
    .WithFriendlyUrls();

var ratingApi = builder
    .AddProject<BookWorm_Rating>(Services.Rating)
    .WithReference(chat)
    .WithReference(embedding)
    .WithReference(ratingDb)
    .WaitFor(ratingDb)
    .WithReference(mcp)
    .WithReference(queue)
    .WaitFor(queue)
    .WithKeycloak(keycloak)
    .WithReference(chatApi)
    .WaitFor(chatApi)
    .WithReference(presidioAnalyzer)
    .WaitFor(presidioAnalyzer)
    .WithReference(presidioAnonymizer)
    .WaitFor(presidioAnonymizer)
    .WithContainerRegistry(registry)
    .WithFriendlyUrls();

mcp.WithReference(ratingApi);

builder
    .AddProject<BookWorm_Notification>(Services.Notification)
    .WithEmailProvider()
    .WithReference(queue)
    .WaitFor(queue)
    .WithReference(notificationDb)
    .WaitFor(notificationDb)
    .WithContainerRegistry(registry)
    .WithFriendlyUrls(path: Http.Endpoints.AlivenessEndpointPath);

builder
    .AddProject<BookWorm_Finance>(Services.Finance)
    .WithReference(financeDb)
    .WaitFor(financeDb)
    .WithReference(queue)
    .WaitFor(queue)
    .WithContainerRegistry(registry)
    .WithFriendlyUrls(path: Http.Endpoints.AlivenessEndpointPath);

builder
    .AddProject<BookWorm_Scheduler>(Services.Scheduler)
    .WithReference(queue)
    .WaitFor(queue)
    .WithContainerRegistry(registry)
    .WithFriendlyUrls("Quartz Dashboard", path: Http.Endpoints.QuartzDashboardEndpointPath)
    .WithExplicitStart();

var gateway = builder
    .AddApiGatewayProxy()
    .WithService(chatApi)
    .WithService(ratingApi)
    .WithService(orderingApi)
    .WithService(basketApi, true)
    .WithService(catalogApi, true)
    .Build();

var turbo = builder
    .AddTurborepoApp(
        Components.TurboRepo,
        Path.GetFullPath("../../Clients", builder.AppHostDirectory)
    )
    .WithBun(true)
    .WithPackageManagerLaunch();

var storefront = turbo
    .AddApp(Clients.StoreFront, Clients.StoreFrontTurboApp)
    .WithOtlpExporter()
    .WithHttpEndpoint(env: "PORT")
    .WithMappedEndpointPort()
    .WithHttpHealthCheck()
    .WithExternalHttpEndpoints()
    .WithEnvironment("NEXT_PUBLIC_GATEWAY_HTTPS", gateway.GetEndpoint(Uri.UriSchemeHttps))
    .WithEnvironment("NEXT_PUBLIC_GATEWAY_HTTP", gateway.GetEndpoint(Uri.UriSchemeHttp))
    .WithEnvironment("NEXT_PUBLIC_COPILOT_ENABLED", "true")
    .WaitFor(gateway)
    .WithKeycloak(keycloak);

storefront.WithEnvironment("NEXT_PUBLIC_APP_URL", storefront.GetEndpoint(Uri.UriSchemeHttp));

var backoffice = turbo
    .AddApp(Clients.BackOffice, Clients.BackOfficeTurboApp)
    .WithOtlpExporter()
    .WithHttpEndpoint(env: "PORT")
    .WithMappedEndpointPort()
    .WithHttpHealthCheck()
    .WithExternalHttpEndpoints()
    .WithEnvironment("NEXT_PUBLIC_GATEWAY_HTTPS", gateway.GetEndpoint(Uri.UriSchemeHttps))
    .WithEnvironment("NEXT_PUBLIC_GATEWAY_HTTP", gateway.GetEndpoint(Uri.UriSchemeHttp))
    .WaitFor(gateway)
    .WithKeycloak(keycloak);

backoffice.WithEnvironment("NEXT_PUBLIC_APP_URL", backoffice.GetEndpoint(Uri.UriSchemeHttp));

if (builder.ExecutionContext.IsRunMode)
{
    builder
        .AddScalar(keycloak)
        .WithOpenAPI(chatApi)
        .WithOpenAPI(basketApi)
        .WithOpenAPI(ratingApi)
        .WithOpenAPI(catalogApi)
        .WithOpenAPI(orderingApi);

    builder.AddMcpInspector(Components.Inspector).WithMcpServer(mcp);

    builder
        .AddDevUI(Components.DevUI)
        .WithAgentService(
            chatApi,
            [
                new(Agents.QAAgent),
                new(Agents.RouterAgent),
                new(Agents.LanguageAgent),
                new(Agents.SummarizeAgent),
                new(Agents.SentimentAgent),
                new(Agents.BookAgent),
                new(Workflows.Chat),
            ]
        )
        .WithAgentService(ratingApi, [new(Agents.RatingAgent), new(Workflows.RatingSummarizer)])
        .WaitFor(chatApi)
        .WaitFor(ratingApi);

    builder.AddK6(gateway);
}
else
{
    var (storefrontUrl, backofficeUrl) = builder.AddCorsOriginParameters();

    storage.ProvisionAsService(storefrontUrl, backofficeUrl);

    catalogApi.WithCorsOrigins(storefrontUrl, backofficeUrl);
    basketApi.WithCorsOrigins(storefrontUrl, backofficeUrl);
    orderingApi.WithCorsOrigins(storefrontUrl, backofficeUrl);
    chatApi.WithCorsOrigins(storefrontUrl, backofficeUrl);
    ratingApi.WithCorsOrigins(storefrontUrl, backofficeUrl);
}

await builder.Build().RunAsync();
