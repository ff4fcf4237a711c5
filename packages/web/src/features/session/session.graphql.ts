import { gql } from '@apollo/client';

export type Role = 'ADMIN' | 'LEADERSHIP' | 'PLANNER' | 'SUPERVISOR' | 'EMPLOYEE' | 'ANALYST';

export interface SessionAccount {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  employee: { id: string } | null;
  workUnit: { id: string; name: string } | null;
}

const ACCOUNT_FIELDS = `id username displayName role employee { id } workUnit { id name }`;

export const ME_QUERY = gql`
  query Me {
    me { ${ACCOUNT_FIELDS} }
  }
`;

export const LOGIN_MUTATION = gql`
  mutation Login($input: LoginInput!) {
    login(input: $input) { expiresAt account { ${ACCOUNT_FIELDS} } }
  }
`;

export const LOGOUT_MUTATION = gql`
  mutation Logout {
    logout { ok }
  }
`;
