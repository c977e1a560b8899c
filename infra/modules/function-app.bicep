// The Function App on the Flex Consumption plan (FC1, Linux). The app is a custom handler: the
// Functions host starts the self-contained Alerts.Functions binary named in host.json and calls it
// over HTTP (docs/platform-facts A1-A6). Every credential is the user-assigned identity.

param planName string
param appName string
param location string
param tags object

@description('Resource id of the user-assigned identity.')
param identityId string

@description('Client id of the user-assigned identity, for the *__clientId settings.')
param identityClientId string

param storageAccountName string
param deploymentContainerName string
param appInsightsConnectionString string
param keyVaultName string

@description('Teams channel ids; each gets a TeamsWebhook__<id> Key Vault reference to the secret teams-webhook-<id>.')
param teamsChannels string[]

@description('NCRONTAB (6 fields) schedules, read by function.json as %POLL_FEEDS_SCHEDULE% etc.')
param schedules {
  pollFeeds: string
  evaluateTopics: string
  maintainAlerts: string
}

@description('Upper bound on instances per scaled function group. Flex accepts 40 to 1000.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory per instance. 512 MB is the cheapest size; 2048 MB is the Flex default.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true // Linux
  }
}

// Identity-based connection settings, in the <connection>__<property> form the host reads.
// The app reads the same keys through IConfiguration (AlertsStorage:tableServiceUri, ...).
var blobUri = storage.properties.primaryEndpoints.blob
var queueUri = storage.properties.primaryEndpoints.queue
var tableUri = storage.properties.primaryEndpoints.table

var storageSettings = {
  AzureWebJobsStorage__blobServiceUri: blobUri
  AzureWebJobsStorage__queueServiceUri: queueUri
  AzureWebJobsStorage__tableServiceUri: tableUri
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AlertsStorage__blobServiceUri: blobUri
  AlertsStorage__queueServiceUri: queueUri
  AlertsStorage__tableServiceUri: tableUri
  AlertsStorage__credential: 'managedidentity'
  AlertsStorage__clientId: identityClientId
}

// Versionless references follow secret rotation (the platform re-reads within 24 h, or on restart).
// An app setting name on Linux may hold only letters, digits, '.' and '_', so a '-' in a channel id
// becomes '_' in the setting name; the secret name keeps the id as it is (Key Vault allows '-', not '_').
var webhookSettings = toObject(
  teamsChannels,
  channel => 'TeamsWebhook__${replace(channel, '-', '_')}',
  channel => '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=teams-webhook-${channel})'
)

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references resolve with the user-assigned identity, not a system-assigned one.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobUri}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      // [UNVERIFIED] 'custom' is a Flex runtime name (azurerm docs, vscode-azurefunctions PR #4596)
      // but no primary source gives its version; '1.0' follows anthonychu/functions-quickstart-go-azd-service-bus.
      // See docs/platform-facts.md A6. FUNCTIONS_WORKER_RUNTIME is not used on Flex.
      runtime: {
        name: 'custom'
        version: '1.0'
      }
    }
  }

  resource appSettings 'config' = {
    name: 'appsettings'
    properties: union(storageSettings, webhookSettings, {
      APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
      // The host authenticates telemetry with the identity (App Insights local auth is off).
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
      // Lets DefaultAzureCredential in the handler pick the user-assigned identity.
      AZURE_CLIENT_ID: identityClientId
      POLL_FEEDS_SCHEDULE: schedules.pollFeeds
      EVALUATE_TOPICS_SCHEDULE: schedules.evaluateTopics
      MAINTAIN_ALERTS_SCHEDULE: schedules.maintainAlerts
      Alerts__PublicBaseUrl: 'https://${site.properties.defaultHostName}'
      Alerts__Security__AckSigningKey: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=ack-signing-key)'
    })
  }
}

output name string = site.name
output uri string = 'https://${site.properties.defaultHostName}'
