import { createContext, useContext } from 'react';

import type { ViewerQuery } from '../gql/graphql';

export const ViewerContext = createContext<ViewerQuery | undefined>(undefined);

export function useViewer(): ViewerQuery {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside the signed-in app');
  return viewer;
}
