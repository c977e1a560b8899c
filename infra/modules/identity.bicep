// The one identity the app uses for everything: storage (host and app data), App Insights
// ingestion and Key Vault references. User-assigned so role assignments can be made before the
// site exists, which lets the host start with its storage access already in place.

@description('Name of the user-assigned managed identity.')
param name string

param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
