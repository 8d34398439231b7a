namespace BookWorm.Constants.Aspire;

public static class Components
{
    public const string K6 = "k6";
    public const string Redis = "redis";
    public const string Broker = "broker";
    public const string MailPit = "mailpit";
    public const string Postgres = "postgres";
    public const string KeyCloak = "keycloak";
    public const string Inspector = "inspector";
    public const string DevUI = "devui";
    public const string VectorDb = "vectordb";
    public const string TurboRepo = "turborepo";
    public const string ContainerRegistry = "container-registry";

    public static class Database
    {
        public const string Rating = "ratingdb";
        public const string Finance = "financedb";
        public const string Catalog = "catalogdb";
        public const string Ordering = "orderingdb";
        public const string Notification = "notificationdb";
    }

    public static class OpenAI
    {
        public const string OpenAIGpt56Sol = "gpt-5.6-sol";
        public const string OpenAIGpt56SolVersion = "2026-07-09";
        public const string TextEmbeddingAda002 = "text-embedding-ada-002";
        public const string TextEmbeddingAda002Version = "2";
        public const string Resource = "openai";
        public const string Chat = "chat";
        public const string Embedding = "embedding";
    }

    public static class Presidio
    {
        public const string Analyzer = "presidio-analyzer";
        public const string Anonymizer = "presidio-anonymizer";
    }

    public static class Azure
    {
        public const string ContainerApp = "aca";

        public static class Storage
        {
            public const string Resource = "storage";

            public static string BlobContainer(string containerName)
            {
                return $"{containerName}-blob";
            }
        }
    }
}
