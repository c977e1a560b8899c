// Application Insights on a Log Analytics workspace. Local (instrumentation-key) auth is off by
// default, so ingestion needs an Entra token: the host gets one through
// APPLICATIONINSIGHTS_AUTHENTICATION_STRING and the app's exporter through its managed identity.

param logAnalyticsName string
param appInsightsName string
param location string
param tags object

@description('Reject telemetry that carries only the instrumentation key.')
param disableLocalAuth bool = true

@description('Days Log Analytics keeps data. 30 is the free retention.')
@minValue(30)
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: disableLocalAuth
  }
}

output appInsightsName string = appInsights.name
output connectionString string = appInsights.properties.ConnectionString
