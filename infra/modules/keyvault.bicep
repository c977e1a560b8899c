// Secrets the app reads through Key Vault references in its app settings: the ack-link signing
// key (created here) and one Teams Workflows webhook URL per channel (set by an operator, see
// docs/deploy.md; the URL carries its own credential, so it never goes into Bicep or git).

param name string
param location string
param tags object

@description('Value for the ack-signing-key secret. Every deployment writes it, so pass the current value to keep ack links valid (azd does, through secretOrRandomPassword).')
@secure()
param ackSigningKey string

@description('Days a deleted vault or secret can be recovered. 7 is the minimum.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int = 7

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    // Access through Azure RBAC roles (see rbac.bicep), not vault access policies.
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    // Purge protection is left off: once on it cannot be turned off, and it blocks `azd down --purge`.
    publicNetworkAccess: 'Enabled'
  }
}

resource ackSigningKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'ack-signing-key'
  properties: {
    value: ackSigningKey
    contentType: 'HMAC key for acknowledgement links'
  }
}

output name string = vault.name
output id string = vault.id
