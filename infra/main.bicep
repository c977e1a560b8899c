// Alerts on Azure: a Flex Consumption Function App (custom handler) with identity-only storage,
// Application Insights and Key Vault. Deploy with `azd up`, or with plain `az` (docs/deploy.md).
// Subscription scope so the resource group is created here, as in the azd templates.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the environment (azd: AZURE_ENV_NAME). Seeds every resource name and the azd-env-name tag.')
param environmentName string

@minLength(1)
@description('Region for all resources. Flex Consumption is not offered everywhere: `az functionapp list-flexconsumption-locations`.')
param location string

@description('Optional object id of the deploying user or CI principal, given data roles for local runs against Azure and for setting webhook secrets.')
param principalId string = ''

@allowed(['User', 'ServicePrincipal', 'Group'])
param principalType string = 'User'

@description('Comma-separated Teams channel ids (a string so azd can pass it from one environment variable). Each gets the app setting TeamsWebhook__<id> referencing the Key Vault secret teams-webhook-<id>.')
param teamsChannels string = ''


@description('HMAC key for acknowledgement links. The default is fresh on every deployment, so pass the current value to keep links valid (azd does through main.parameters.json).')
@secure()
param ackSigningKey string = newGuid()

@description('NCRONTAB schedules (6 fields, UTC). PollFeeds enqueues every due feed, EvaluateTopics runs detectors, MaintainAlerts expires and re-notifies.')
param pollFeedsSchedule string = '0 * * * * *'
param evaluateTopicsSchedule string = '10 * * * * *'
param maintainAlertsSchedule string = '30 * * * * *'

@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

// Optional name overrides; empty means abbreviation + resource token.
param resourceGroupName string = ''
param functionAppName string = ''
param storageAccountName string = ''
param keyVaultName string = ''

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var channelIds = filter(map(split(teamsChannels, ','), id => trim(id)), id => !empty(id))

var appName = !empty(functionAppName) ? functionAppName : '${abbrs.webSitesFunctions}alerts-${resourceToken}'
var deploymentContainerName = 'app-package'

// The queues named in functions/Alerts.Functions/*/function.json or sent to directly by a handler, each with the
// poison queue the host moves failed messages to (platform-facts B1). tests/Alerts.Infra.Tests checks this list.
var queueNames = [
  'feed-scans'
  'feed-scans-poison'
  'spike-decisions'
  'spike-decisions-poison'
  'notifications'
  'notifications-poison'
  'manual-scans'
  'manual-scans-poison'
]

var tableNames = [
  'topics'
  'feeds'
  'channels'
  'feedstate'
  'buckets'
  'detectorstate'
  'alerts'
  'alertaudit'
  'deliveries'
  'silences'
  'scans'
]

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}alerts-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: !empty(storageAccountName) ? storageAccountName : '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
    queueNames: queueNames
    tableNames: tableNames
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    appInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: !empty(keyVaultName) ? keyVaultName : '${abbrs.keyVaultVaults}${resourceToken}'
    location: location
    tags: tags
    ackSigningKey: ackSigningKey
  }
}

module rbac 'modules/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    appInsightsName: monitoring.outputs.appInsightsName
    keyVaultName: keyVault.outputs.name
    appPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  scope: rg
  // Roles first, so the host's first start can already read storage and Key Vault.
  dependsOn: [rbac]
  params: {
    planName: '${abbrs.webServerFarms}${resourceToken}'
    appName: appName
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    appInsightsConnectionString: monitoring.outputs.connectionString
    keyVaultName: keyVault.outputs.name
    teamsChannels: channelIds
    schedules: {
      pollFeeds: pollFeedsSchedule
      evaluateTopics: evaluateTopicsSchedule
      maintainAlerts: maintainAlertsSchedule
    }
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
}

// Read back by azd (.azure/<env>/.env) and by scripts/postdeploy.sh and docs/deploy.md.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output RESOURCE_GROUP string = rg.name
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URL string = functionApp.outputs.uri
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
